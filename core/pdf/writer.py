"""TaggedPdf: fpdf2 drawing a tagged PDF (PDF/UA-1, ISO 14289-1), as the Public Sector Bodies
Accessibility Regulations 2018 ask of the documents we publish.

Callers draw with a few calls (`heading`, `paragraph`, `bullets`, `table`, `bar_charts`) and
never tag anything themselves: each call opens its structure element and puts every text it
draws in a marked-content sequence (BDC … EMC with an MCID) owned by that element. The page
footer, table rules and fills, and table headings repeated on a new page are artifacts, which
screen readers skip. A sequence broken by a page break is closed before the footer and opened
again, with a new MCID, on the next page. docs/adr/0017-tagged-pdfs.md says what is checked."""

from contextlib import contextmanager

from fpdf import FPDF
from fpdf.prefs import ViewerPreferences
from fpdf.syntax import Name

from .charts import draw_bar_charts
from .metadata import PRODUCER, xmp_metadata
from .structure import StructElem, StructureTree
from .style import BLACK, BODY_SIZE, DEJAVU, FONT, HEADING_SIZES, LINE, NHS_BLUE
from .tables import draw_table

KEEP_WITH_NEXT = 32  # mm


class FontMissingError(RuntimeError):
    """The font to embed is not installed (an unembedded font would fail PDF/UA)."""


class TaggedPdf(FPDF):
    def __init__(self, *, title: str, lang: str = "en-GB", orientation: str = "portrait"):
        super().__init__(orientation=orientation, format="A4")
        self.struct_builder = StructureTree()
        self._parents: list[StructElem] = [self.struct_builder.document]
        self._open: StructElem | None = None
        self._embed_fonts()
        self.set_title(title)
        self.set_lang(lang)
        self.set_producer(PRODUCER)
        self.set_xmp_metadata(xmp_metadata(title=title, lang=lang))
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)
        self.set_auto_page_break(auto=True, margin=18)
        self._set_min_pdf_version("1.7")  # PDF/UA-1 is written against ISO 32000-1 (PDF 1.7)
        self.add_page()
        self.body()

    def _embed_fonts(self) -> None:
        regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
        if not (regular.exists() and bold.exists()):
            raise FontMissingError(
                f"Tagged PDFs embed DejaVu Sans and it is not in {DEJAVU}: "
                "install the Debian package fonts-dejavu-core"
            )
        self.add_font(FONT, "", str(regular))
        self.add_font(FONT, "B", str(bold))

    def body(self, *, bold: bool = False, size: float = BODY_SIZE) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*BLACK)

    def to_bytes(self) -> bytes:
        return bytes(self.output())

    # --- Tagging -------------------------------------------------------------------------
    @contextmanager
    def group(self, role: str, **kwargs):
        """A structure element holding other elements (Table, TR, L, LI)."""
        elem = self.struct_builder.element(role, self._parents[-1], **kwargs)
        self._parents.append(elem)
        try:
            yield elem
        finally:
            self._parents.pop()

    @contextmanager
    def tagged(self, role: str, **kwargs):
        """A structure element whose content is what is drawn inside (P, H1, TD, Figure)."""
        elem = self.struct_builder.element(role, self._parents[-1], **kwargs)
        self._open = elem
        self._begin(elem)
        try:
            yield elem
        finally:
            self._out("EMC")
            self._open = None

    @contextmanager
    def artifact(self, *, pagination: bool = False):
        self._out("/Artifact <</Type /Pagination>> BDC" if pagination else "/Artifact BMC")
        try:
            yield
        finally:
            self._out("EMC")

    def _begin(self, elem: StructElem) -> None:
        mcid, key = self.struct_builder.mark(elem, self.page)
        self.pages[self.page].struct_parents = key
        self._out(f"/{elem.tag()} <</MCID {mcid}>> BDC")

    def add_page(self, *args, **kwargs) -> None:
        # A page break inside a sequence: close it before the footer, open it again after.
        open_elem = self._open
        if open_elem is not None:
            self._out("EMC")
        super().add_page(*args, **kwargs)
        if open_elem is not None:
            self._begin(open_elem)

    def _beginpage(self, *args, **kwargs) -> None:
        super()._beginpage(*args, **kwargs)
        # Tab order follows the structure (ISO 14289-1 7.18.3).
        self.pages[self.page].tabs = Name("S")

    def footer(self) -> None:
        with self.artifact(pagination=True):
            self.set_y(-15)
            self.body(size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    # --- Drawing -------------------------------------------------------------------------
    def heading(self, text: str, level: int = 2) -> None:
        self.set_font(FONT, "B", HEADING_SIZES.get(level, 12))
        self.set_text_color(*NHS_BLUE)
        # Keep a heading with the start of what follows it (a table's first rows, a row of charts).
        if self.y > self.t_margin and self.will_page_break(self.font_size * 1.4 + KEEP_WITH_NEXT):
            self.add_page()
        elif self.y > self.t_margin:
            self.ln(2)
        self.start_section(text, level=level - 1, strict=False)
        with self.tagged(f"H{level}"):
            self.multi_cell(0, self.font_size * 1.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        if level == 1:
            self._rule()
        self.body()

    def _rule(self) -> None:
        with self.artifact():
            self.set_draw_color(*NHS_BLUE)
            self.line(self.l_margin, self.y + 1, self.w - self.r_margin, self.y + 1)
            self.set_draw_color(*BLACK)
        self.ln(4)

    def paragraph(self, text: str) -> None:
        self.body()
        with self.tagged("P"):
            self.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def bullets(self, items) -> None:
        self.body()
        indent = 5
        with self.group("L", attributes="<</O /List /ListNumbering /Disc>>"):
            for item in items:
                with self.group("LI"):
                    if self.will_page_break(LINE):
                        self.add_page()
                    top = self.y
                    with self.tagged("Lbl"):
                        self.set_x(self.l_margin)
                        self.cell(indent, LINE, "•")
                    self.set_xy(self.l_margin + indent, top)
                    with self.tagged("LBody"):
                        self.multi_cell(0, LINE, item, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, headers, rows, *, caption: str | None = None, row_headers=True) -> None:
        draw_table(self, headers, rows, caption=caption, row_headers=row_headers)

    @contextmanager
    def figure(self, *, alt: str, x: float, y: float, w: float, h: float):
        """What is drawn inside is one Figure, read out as `alt`; its box in PDF points."""
        k, top = self.k, self.h - y
        box = f"{x * k:.2f} {(top - h) * k:.2f} {(x + w) * k:.2f} {top * k:.2f}"
        with self.tagged("Figure", alt=alt, attributes=f"<</O /Layout /BBox [{box}]>>"):
            yield

    def bar_charts(self, charts) -> None:
        draw_bar_charts(self, charts)
