"""The tagged PDF writer (core/pdf): a nested structure tree, every text in a marked-content
sequence of the tree or an artifact, and the catalog, metadata and fonts PDF/UA-1 asks for."""

import pytest

from core import pdf as tagged_pdf
from core.pdf import (
    BarChart,
    Bullets,
    Charts,
    FontMissingError,
    Heading,
    Paragraph,
    Table,
    TaggedPdf,
    render_pdf,
)
from core.tests.pdf_read import (
    assert_tagged,
    fonts,
    open_pdf,
    parent_tree,
    structure,
    text_runs,
)

TITLE = "NHS Alpha CCG: a report"
MONTHS = tuple((m, float(i)) for i, m in enumerate(("Jan", "Feb", "Mar")))
BLOCKS = [
    Paragraph("An opening paragraph, with characters people type: é, ł, “quotes”."),
    Heading("Summary"),
    Bullets(("One thing", "Another thing")),
    Heading("Activities"),
    Table("Activities by type", ("Type", "Activities"), (("Drop-in", "3"), ("Survey", "2"))),
    Heading("A consultation", level=3),
    Charts((BarChart("Reach", "Bar chart of reach by month: Jan 0, Feb 1, Mar 2", MONTHS),)),
]


@pytest.fixture(scope="module")
def document():
    return render_pdf(title=TITLE, blocks=BLOCKS)


@pytest.fixture(scope="module")
def long_document() -> bytes:
    """Pages of table and a paragraph long enough to run over a page break."""
    rows = tuple((f"Row {i}", "word " * (i % 30)) for i in range(80))
    return render_pdf(
        title=TITLE,
        blocks=[
            Table("A long table", ("Name", "Words"), rows),
            Paragraph("A long paragraph. " * 400),
        ],
    )


def test_the_tree_nests_headings_lists_tables_and_figures(document):
    doc = assert_tagged(document)
    assert doc.roles() == ["H1", "P", "H2", "L", "H2", "Table", "H3", "P", "Figure"]
    (bullets,) = doc.find("L")
    assert bullets.roles() == ["LI", "LI"]
    assert all(item.roles() == ["Lbl", "LBody"] for item in bullets.kids)
    (table,) = doc.find("Table")
    assert table.roles() == ["Caption", "TR", "TR", "TR"]
    heading_row, *rows = table.kids[1:]
    assert heading_row.roles() == ["TH", "TH"]
    assert {c.attributes["Scope"] for c in heading_row.kids} == {"/Column"}
    assert all(row.roles() == ["TH", "TD"] for row in rows)
    assert {row.kids[0].attributes["Scope"] for row in rows} == {"/Row"}


def test_every_element_that_holds_text_has_content(document):
    doc = structure(open_pdf(document)).kids[0]
    for elem in doc.walk():
        if elem.role in {"H1", "H2", "H3", "P", "Lbl", "LBody", "Caption", "TH", "TD"}:
            assert elem.mcids, elem.role


def test_every_text_is_in_the_tree_or_an_artifact_across_page_breaks(long_document):
    data = long_document
    pdf = open_pdf(data)
    assert len(pdf.pages) > 3
    assert_tagged(data)
    runs = text_runs(pdf)
    assert all(run.owner() is not None for run in runs)
    # The footer's page numbers and the heading rows drawn again are pagination artifacts.
    artifacts = [run for run in runs if run.owner()[0] == "Artifact"]
    assert {run.page for run in artifacts} == set(range(1, len(pdf.pages) + 1))


def test_a_paragraph_broken_by_a_page_break_stays_one_element(long_document):
    pdf = open_pdf(long_document)
    (paragraph,) = structure(pdf).kids[0].find("P")
    assert len({page for page, _ in paragraph.mcids}) == 2


def test_the_parent_tree_gives_each_mcid_its_element(document):
    pdf = open_pdf(document)
    owners = {mcid: e.objgen for e in structure(pdf).walk() for mcid in e.mcids}
    assert parent_tree(pdf) == owners and len(owners) > 10


def test_the_catalog_marks_the_document_tagged_in_british_english_showing_its_title(document):
    pdf = open_pdf(document)
    assert pdf.Root.MarkInfo.Marked is True
    assert str(pdf.Root.Lang) == "en-GB"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title) == TITLE
    assert all(page.obj.Tabs == "/S" for page in pdf.pages)


def test_the_xmp_metadata_identifies_pdf_ua_1_and_the_title(document):
    xmp = open_pdf(document).open_metadata()
    assert xmp.get("dc:title") == TITLE
    assert xmp.get("{http://www.aiim.org/pdfua/ns/id/}part") == "1"


def test_the_fonts_are_embedded(document):
    embedded = fonts(open_pdf(document))
    assert embedded and all(embedded.values())
    assert all("DejaVu" in name for name in embedded)


def test_a_chart_is_a_figure_with_alt_text_and_a_box(document):
    (figure,) = structure(open_pdf(document)).kids[0].find("Figure")
    assert figure.alt == "Bar chart of reach by month: Jan 0, Feb 1, Mar 2"
    assert figure.attributes["O"] == "/Layout" and "BBox" in figure.attributes


def test_it_refuses_to_draw_without_a_font_it_can_embed(monkeypatch, tmp_path):
    monkeypatch.setattr(tagged_pdf.writer, "DEJAVU", tmp_path)
    with pytest.raises(FontMissingError, match="fonts-dejavu-core"):
        TaggedPdf(title=TITLE)
