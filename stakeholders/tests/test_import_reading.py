"""The import reads whatever Excel or a person saved: encodings, separators, XLSX, and says
clearly what to do with anything else."""

import codecs
import datetime

import pytest

from stakeholders.importing.reading import FileError, read_table

from .spreadsheets import csv_bytes, xlsx_bytes

ROWS = [["First name", "Surname", "Organisation"], ["Zoë", "Brontë", "Café Crème Ltd"]]


def _cells(content, filename="contacts.csv"):
    return [cells for _, cells in read_table(content, filename).rows]


@pytest.mark.parametrize(
    "content, kind",
    [
        (csv_bytes(ROWS), "CSV (UTF-8)"),
        (csv_bytes(ROWS, bom=True), "CSV (UTF-8)"),
        (csv_bytes(ROWS, encoding="cp1252"), "CSV (Windows-1252)"),
        (
            codecs.BOM_UTF16_LE + csv_bytes(ROWS, encoding="utf-16-le", delimiter="\t"),
            "CSV (UTF-16)",
        ),
    ],
    ids=["utf8", "utf8-bom", "windows-1252", "excel-unicode-text"],
)
def test_every_encoding_excel_writes_reads_the_same(content, kind):
    table = read_table(content, "contacts.csv")
    assert table.kind == kind
    assert [cells for _, cells in table.rows] == ROWS


def test_semicolon_separated_csv_is_understood():
    assert _cells(csv_bytes(ROWS, delimiter=";")) == ROWS


def test_xlsx_is_read_from_its_content_whatever_its_name():
    content = xlsx_bytes([*ROWS, ["Tom", "Ridley", 1234.0]], more_sheets=["Notes"])
    table = read_table(content, "contacts.csv")
    assert table.kind == "XLSX"
    assert [cells for _, cells in table.rows][-1] == ["Tom", "Ridley", "1234"]
    assert "ignored the others: 'Notes'" in table.notes[0]


def test_xlsx_dates_become_iso_dates():
    content = xlsx_bytes([["First name", "Consent date"], ["Ann", datetime.datetime(2018, 5, 25)]])
    assert _cells(content)[1] == ["Ann", "2018-05-25"]


def test_row_numbers_are_the_spreadsheets_even_with_line_breaks_in_cells():
    content = csv_bytes([["First name", "Notes"], ["Ann", "line one\nline two"], ["Bob", ""]])
    numbers = [number for number, _ in read_table(content, "x.csv").rows]
    assert numbers == [1, 2, 3]


@pytest.mark.parametrize(
    "content, filename, message",
    [
        (b"", "x.csv", "The file is empty"),
        (b"   \r\n", "x.csv", "The file is empty"),
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old.xls", "old Excel .xls file"),
        (b"First name,Last name\n", "contacts.xlsx", "named like an Excel file but is not one"),
        (b"PK\x03\x04 broken zip", "contacts.xlsx", "cannot be opened"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "photo.csv", "binary data"),
        (b"\xef\xbb\xbfFirst name\n\xff\xfe bad", "x.csv", "not valid UTF-8 text (line 2)"),
    ],
    ids=["empty", "blank", "xls", "fake-xlsx", "broken-xlsx", "image", "bad-utf8-after-bom"],
)
def test_unreadable_files_say_what_to_do(content, filename, message):
    with pytest.raises(FileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _cells(content, filename)
