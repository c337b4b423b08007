"""The report as a Word document (python-docx): real headings, lists and tables with header
rows, so screen readers and Word's navigation pane find their way around it."""

from io import BytesIO

from docx import Document
from docx.shared import Pt

from .blocks import Block, Bullets, Heading, Paragraph, Table


def _table(document, block: Table) -> None:
    document.add_paragraph(block.caption, style="Caption")
    table = document.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in block.rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def render_docx(*, title: str, blocks: list[Block]) -> bytes:
    document = Document()
    document.core_properties.title = title
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(title, level=1)
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            _table(document, block)
    out = BytesIO()
    document.save(out)
    return out.getvalue()
