"""Tagged PDFs (PDF/UA-1): the writer the registers and reporting draw their PDFs with."""

from .blocks import Block, Bullets, Charts, Heading, Paragraph, Table, render_pdf
from .charts import BarChart
from .writer import FontMissingError, TaggedPdf

__all__ = [
    "BarChart",
    "Block",
    "Bullets",
    "Charts",
    "FontMissingError",
    "Heading",
    "Paragraph",
    "Table",
    "TaggedPdf",
    "render_pdf",
]
