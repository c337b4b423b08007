"""The report as a PDF (fpdf2, pure Python), tagged with a title and an outline of headings.

Text is set in DejaVu Sans when the system has it (any character people typed); otherwise in
the PDF core font Helvetica, which knows only Latin-1, so other characters are replaced."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from .blocks import Block, Bullets, Heading, Paragraph, Table

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NHS_BLUE = (0, 94, 184)
HEADING_SIZES = {1: 18, 2: 14, 3: 12}


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.body_font, size=8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def _pdf(title: str) -> _Pdf:
    pdf = _Pdf(format="A4")
    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        pdf.body_font, pdf.unicode = "DejaVu", True
    else:
        pdf.body_font, pdf.unicode = "Helvetica", False
    pdf.set_title(title)
    pdf.set_lang("en-GB")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    return pdf


def _text(pdf: _Pdf, text: str) -> str:
    if pdf.unicode:
        return text
    return text.encode("latin-1", "replace").decode("latin-1")


def _heading(pdf: _Pdf, text: str, level: int) -> None:
    pdf.ln(2)
    pdf.set_font(pdf.body_font, "B", HEADING_SIZES.get(level, 12))
    pdf.set_text_color(*NHS_BLUE)
    pdf.start_section(_text(pdf, text), level=level - 1)
    pdf.multi_cell(0, 8, _text(pdf, text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.body_font, "", 10)


def _table(pdf: _Pdf, block: Table) -> None:
    pdf.set_font(pdf.body_font, "B", 10)
    pdf.multi_cell(0, 6, _text(pdf, block.caption), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.body_font, "", 9)
    heading = FontFace(emphasis="BOLD", fill_color=(232, 237, 238))
    # Left-aligned, the table and the text in its cells (fpdf2 centres and justifies by default).
    with pdf.table(
        headings_style=heading, line_height=5, repeat_headings=1, align="LEFT", text_align="LEFT"
    ) as table:
        table.row([_text(pdf, h) for h in block.headers])
        for row in block.rows:
            table.row([_text(pdf, c) for c in row])
    pdf.ln(3)
    pdf.set_font(pdf.body_font, "", 10)


def render_pdf(*, title: str, blocks: list[Block]) -> bytes:
    pdf = _pdf(title)
    _heading(pdf, title, 1)
    for block in blocks:
        if isinstance(block, Heading):
            _heading(pdf, block.text, block.level)
        elif isinstance(block, Paragraph):
            pdf.multi_cell(0, 5, _text(pdf, block.text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, Bullets):
            for item in block.items:
                pdf.multi_cell(
                    0,
                    5,
                    _text(pdf, f"•  {item}" if pdf.unicode else f"-  {item}"),
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
            pdf.ln(1)
        elif isinstance(block, Table):
            _table(pdf, block)
    return bytes(pdf.output())
