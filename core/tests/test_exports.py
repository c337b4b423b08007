import csv
import io

from openpyxl import load_workbook

from core.exports import csv_response, defuse, xlsx_response


def test_it_defuses_cells_a_spreadsheet_would_run():
    for cell in ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]:
        assert defuse(cell) == "'" + cell


def test_it_leaves_ordinary_cells_alone():
    assert defuse("Bootle") == "Bootle"
    assert defuse(42) == 42
    assert defuse(None) == ""


def test_instants_are_written_in_uk_time_without_an_offset():
    import datetime

    summer = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
    assert defuse(summer) == datetime.datetime(2026, 6, 1, 10, 0)  # BST


def test_other_objects_are_written_as_their_text_and_defused():
    class Person:
        def __str__(self):
            return "=Casey Comms"

    assert defuse(Person()) == "'=Casey Comms"


# Full-width forms that spreadsheets (Excel with East Asian input, LibreOffice) also read as the
# start of a formula: ＝ ＋ － ＠.
FULL_WIDTH_FORMULAS = ['\uff1dHYPERLINK("x")', "\uff0b1", "\uff0d2+3", "\uff20SUM(A1)"]


def test_it_defuses_cells_starting_with_a_full_width_formula_sign():
    for cell in FULL_WIDTH_FORMULAS:
        assert defuse(cell) == "'" + cell


def _download(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_csv_downloads_defuse_full_width_formula_signs():
    response = csv_response(headers=["cell"], rows=[[c] for c in FULL_WIDTH_FORMULAS], filename="t")
    lines = list(csv.reader(io.StringIO(_download(response).decode("utf-8-sig"))))
    assert [line[0] for line in lines[1:]] == ["'" + c for c in FULL_WIDTH_FORMULAS]


def test_xlsx_downloads_defuse_full_width_formula_signs():
    response = xlsx_response(
        headers=["cell"], rows=[[c] for c in FULL_WIDTH_FORMULAS], filename="t"
    )
    sheet = load_workbook(io.BytesIO(_download(response))).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "'" + c for c in FULL_WIDTH_FORMULAS
    ]


def test_the_librarys_formula_escaping_is_on_and_defuses_keeping_each_cells_type(settings):
    import datetime

    import tablib

    from core.exports import DefusedXLSX

    assert settings.IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT is True
    day = datetime.date(2026, 6, 1)
    dataset = tablib.Dataset(["=1+1", "@SUM(A1)", 42, day], headers=["a", "b", "c", "d"])
    sheet = load_workbook(io.BytesIO(DefusedXLSX().export_data(dataset))).active
    assert list(sheet.iter_rows(min_row=2, values_only=True)) == [
        ("'=1+1", "'@SUM(A1)", 42, datetime.datetime(2026, 6, 1, 0, 0))
    ]


def test_a_resource_writes_its_declared_columns_in_order_and_defused():
    from import_export.fields import Field

    from core.exports import SpreadsheetResource, resource_response

    class People(SpreadsheetResource):
        name = Field("name", "Name")
        town = Field("place__town", "Town")
        shout = Field(column_name="Shout")

        def dehydrate_shout(self, person):
            return person["name"].upper()

    people = [{"name": "=Ann", "place": {"town": "Bootle"}}, {"name": "bob", "place": None}]
    response = resource_response(People(), people, fmt="csv", filename="people")
    lines = list(csv.reader(io.StringIO(_download(response).decode("utf-8-sig"))))
    assert lines == [["Name", "Town", "Shout"], ["'=Ann", "Bootle", "'=ANN"], ["bob", "", "BOB"]]
