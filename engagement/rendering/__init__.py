"""Rendering the annual engagement report: blocks shared by the web page, DOCX and PDF (the
tagged PDF writer is core.pdf's)."""

from core.pdf import render_pdf

from .blocks import Block, Bullets, Heading, Paragraph, Table, report_blocks, report_title
from .to_docx import render_docx

__all__ = [
    "Block",
    "Bullets",
    "Heading",
    "Paragraph",
    "Table",
    "render_docx",
    "render_pdf",
    "report_blocks",
    "report_title",
]
