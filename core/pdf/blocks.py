"""A report as a list of simple blocks (headings, paragraphs, lists, tables, charts), so a web
page, a DOCX and the tagged PDF can say exactly the same thing; `render_pdf` draws them."""

from dataclasses import dataclass, field
from typing import ClassVar

from .charts import BarChart
from .writer import TaggedPdf


@dataclass(frozen=True)
class Heading:
    kind: ClassVar[str] = "heading"
    text: str
    level: int = 2

    def draw(self, pdf: TaggedPdf) -> None:
        pdf.heading(self.text, self.level)


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str

    def draw(self, pdf: TaggedPdf) -> None:
        pdf.paragraph(self.text)


@dataclass(frozen=True)
class Bullets:
    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]

    def draw(self, pdf: TaggedPdf) -> None:
        pdf.bullets(self.items)


@dataclass(frozen=True)
class Table:
    kind: ClassVar[str] = "table"
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = field(default_factory=tuple)

    def draw(self, pdf: TaggedPdf) -> None:
        pdf.table(self.headers, self.rows, caption=self.caption)


@dataclass(frozen=True)
class Charts:
    kind: ClassVar[str] = "charts"
    charts: tuple[BarChart, ...]

    def draw(self, pdf: TaggedPdf) -> None:
        pdf.bar_charts(self.charts)


Block = Heading | Paragraph | Bullets | Table | Charts


def render_pdf(*, title: str, blocks: list[Block]) -> bytes:
    """The blocks under the title as the first heading (H1), as a tagged PDF."""
    pdf = TaggedPdf(title=title)
    pdf.heading(title, 1)
    for block in blocks:
        block.draw(pdf)
    return pdf.to_bytes()
