"""Reading an uploaded spreadsheet into rows of text, whatever Excel or a person did to it.

CSV in UTF-8 with or without a byte-order mark, Windows-1252 (what Excel's plain "CSV" writes),
or UTF-16 ("Unicode text"); comma, semicolon or tab separated. XLSX (the first sheet). The
kind is told from the content, not the file name. Anything else is a `FileError` that says
what to do."""

import codecs
import csv
import datetime
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from openpyxl import load_workbook

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls (and other Office 97-2003 files)
MAX_CELL = 10_000  # longer cells are not contact data; csv's own limit is 131,072


class FileError(Exception):
    """The file as a whole cannot be read; the message tells the user what to do."""


@dataclass
class Table:
    kind: str  # "CSV (UTF-8)", "XLSX"...
    rows: Iterator[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    approximate_rows: int
    notes: list[str] = field(default_factory=list)


def read_table(content: bytes, filename: str = "") -> Table:
    if not content.strip():
        raise FileError("The file is empty.")
    if content.startswith(XLSX_MAGIC):
        return _read_xlsx(content)
    if content.startswith(OLE_MAGIC):
        raise FileError(
            "This is an old Excel .xls file. Open it in Excel and save it as "
            "'Excel Workbook (.xlsx)' or 'CSV UTF-8', then upload that."
        )
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise FileError(f"'{filename}' is named like an Excel file but is not one.")
    return _read_csv(content)


def _decode(content: bytes) -> tuple[str, str]:
    if content.startswith(codecs.BOM_UTF8):
        return _strict(content[len(codecs.BOM_UTF8) :], "utf-8"), "CSV (UTF-8)"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(content, "utf-16"), "CSV (UTF-16)"
    if content[:4096].count(b"\x00") > 8:  # a stray NUL is a damaged cell, reported per row
        raise FileError("This does not look like a CSV or Excel file (it holds binary data).")
    try:
        return content.decode("utf-8"), "CSV (UTF-8)"
    except UnicodeDecodeError:
        pass
    # Excel's plain "CSV (Comma delimited)" writes Windows-1252 on UK machines.
    return _strict(content, "cp1252"), "CSV (Windows-1252)"


def _strict(content: bytes, encoding: str) -> str:
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise FileError(
            f"The file is not valid {encoding.upper()} text (line {line}). Save it from Excel "
            "as 'CSV UTF-8 (Comma delimited)' and upload it again."
        ) from None


def _delimiter(first_line: str) -> str:
    # Excel writes semicolons where the decimal separator is a comma, tabs for "Unicode text".
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _lines(text: str) -> Iterator[str]:
    """The text's lines, ends kept, one at a time: io.StringIO would hold a second, four-bytes-
    a-character copy of the whole file (46 MB for 100,000 contacts)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end + 1
        yield text[start:end]
        start = end


def _read_csv(content: bytes) -> Table:
    text, kind = _decode(content)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(_lines(text), delimiter=_delimiter(first_line))

    def rows() -> Iterator[tuple[int, list[str]]]:
        # Numbered by record, not by line: a quoted cell may hold line breaks, and Excel,
        # where people look the rows up, shows such a record as one row.
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if any(len(cell) > MAX_CELL for cell in cells):
                    raise FileError(f"Row {number} has a cell over {MAX_CELL} characters.")
                yield number, cells
        except csv.Error as error:
            raise FileError(f"The CSV cannot be read after row {number}: {error}.") from None

    return Table(kind=kind, rows=rows(), approximate_rows=text.count("\n") + 1)


def _read_xlsx(content: bytes) -> Table:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise FileError(
            f"The Excel file cannot be opened ({error.__class__.__name__}). Save it again from "
            "Excel as .xlsx, or as CSV UTF-8, and upload that."
        ) from None
    if not workbook.worksheets:
        raise FileError("The Excel file has no sheets.")
    sheet = workbook.worksheets[0]
    notes = []
    if len(workbook.worksheets) > 1:
        others = ", ".join(f"'{ws.title}'" for ws in workbook.worksheets[1:])
        notes.append(f"Read the first sheet, '{sheet.title}'; ignored the others: {others}.")

    def rows() -> Iterator[tuple[int, list[str]]]:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(value) for value in values]
        workbook.close()

    return Table(kind="XLSX", rows=rows(), approximate_rows=sheet.max_row or 0, notes=notes)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 3.0 -> "3"; phone numbers typed as numbers lose their 0 anyway
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
