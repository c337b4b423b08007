"""A tagged table: Table > Caption, TR > TH (/Scope /Column for the heading row, /Scope /Row
for each row's first cell) and TD. Drawn by hand rather than with fpdf2's `table()`, whose
cells cannot be tagged one by one. Columns share the width; text is left-aligned. A row that
does not fit goes to the next page, under the heading row drawn again as an artifact (a
repeated heading is pagination, not content)."""

from contextlib import nullcontext

from .style import HEADER_FILL, LINE, SMALL_SIZE

PAD = 1.0  # above and below a cell's text; fpdf2's c_margin pads left and right
ROW_LINE = 4.5

COLUMN = "<</O /Table /Scope /Column>>"
ROW = "<</O /Table /Scope /Row>>"


def draw_table(pdf, headers, rows, *, caption: str | None, row_headers: bool) -> None:
    widths = [pdf.epw / len(headers)] * len(headers)
    heading = [("TH", COLUMN, text) for text in headers]
    with pdf.group("Table"):
        if caption:
            pdf.body(bold=True)
            if pdf.will_page_break(LINE + 2 * ROW_LINE + 4 * PAD):
                pdf.add_page()
            with pdf.tagged("Caption"):
                pdf.multi_cell(0, LINE, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        _row(pdf, heading, widths, heading=True)
        for row in rows:
            cells = [
                ("TH", ROW, text) if i == 0 and row_headers else ("TD", None, text)
                for i, text in enumerate(row)
            ]
            _row(pdf, cells, widths, repeat=heading)
    pdf.ln(3)
    pdf.body()


def _row(pdf, cells, widths, *, heading: bool = False, repeat=None) -> None:
    height = _height(pdf, cells, widths, heading)
    if pdf.will_page_break(height):
        pdf.add_page()
        if repeat:
            with pdf.artifact(pagination=True):
                _draw(pdf, repeat, widths, _height(pdf, repeat, widths, True), True, tag=False)
    _draw(pdf, cells, widths, height, heading, tag=True)


def _height(pdf, cells, widths, heading: bool) -> float:
    pdf.body(bold=heading, size=SMALL_SIZE)
    lines = (
        pdf.multi_cell(w, ROW_LINE, text, align="L", dry_run=True, output="HEIGHT")
        for (_, _, text), w in zip(cells, widths, strict=True)
    )
    return max(lines) + 2 * PAD


def _draw(pdf, cells, widths, height: float, heading: bool, *, tag: bool) -> None:
    top, left = pdf.y, pdf.l_margin
    with pdf.artifact():
        pdf.set_fill_color(*HEADER_FILL)
        x = left
        for w in widths:
            pdf.rect(x, top, w, height, style="DF" if heading else "D")
            x += w
    pdf.body(bold=heading, size=SMALL_SIZE)
    x = left
    with pdf.group("TR") if tag else nullcontext():
        for (role, scope, text), w in zip(cells, widths, strict=True):
            pdf.set_xy(x, top + PAD)
            with pdf.tagged(role, attributes=scope) if tag else nullcontext():
                pdf.multi_cell(w, ROW_LINE, text, align="L", new_x="RIGHT", new_y="TOP")
            x += w
    pdf.set_xy(left, top + height)
