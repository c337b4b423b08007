"""The accessible PDF renderer of the annual engagement report (a title, the document language,
an outline of headings), offered to the other apps: reporting's monthly KPI report uses it."""

from ..rendering import Block, Bullets, Heading, Paragraph, Table, render_pdf

__all__ = ["Block", "Bullets", "Heading", "Paragraph", "Table", "render_pdf"]
