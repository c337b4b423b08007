"""Reading an uploaded spreadsheet into rows of text, whatever Excel or a person did to it.

CSV in UTF-8 with or without a byte-order mark, Windows-1252 (what Excel's plain "CSV" writes),
or UTF-16 ("Unicode text"); comma, semicolon or tab separated. XLSX (the first sheet). The
kind is told from the content, not the file name. Anything else is a `FileError` that says
what to do.

The limits (limits.py) are counted while reading: rows, columns and characters as each row
comes, and for an .xlsx what it will cost to open before it is opened (packaging.py). The
first thing over a limit stops the read with a FileError that names it."""

import codecs
import csv
import datetime
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from . import packaging
from .limits import ImportLimits, too_big_message

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls (and other Office 97-2003 files)


class FileError(Exception):
    """The file as a whole cannot be read; the message tells the user what to do."""


@dataclass
class Table:
    kind: str  # "CSV (UTF-8)", "XLSX"...
    rows: Iterator[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    approximate_rows: int
    notes: list[str] = field(default_factory=list)


def read_table(content: bytes, filename: str = "", *, limits: ImportLimits | None = None) -> Table:
    limits = limits or ImportLimits.from_settings()
    if len(content) > limits.max_file_bytes:
        raise FileError(too_big_message(len(content), limits))
    if not content or content.isspace():  # no copy of a large file, unlike strip()
        raise FileError("The file is empty.")
    if content.startswith(XLSX_MAGIC):
        return _read_xlsx(content, limits)
    if content.startswith(OLE_MAGIC):
        raise FileError(
            "This is an old Excel .xls file. Open it in Excel and save it as "
            "'Excel Workbook (.xlsx)' or 'CSV UTF-8', then upload that."
        )
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise FileError(f"'{filename}' is named like an Excel file but is not one.")
    return _read_csv(content, limits)


def unpacked_size(content: bytes) -> int:
    """What reading the file means handling: an .xlsx's parts once unpacked, else its bytes.
    From the zip's directory, which costs nothing."""
    if not content.startswith(XLSX_MAGIC):
        return len(content)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return packaging.unpacked_size(archive)
    except (zipfile.BadZipFile, OSError, ValueError):
        return len(content)  # not a zip after all: the reader says so


def too_many_rows(limits: ImportLimits) -> FileError:
    return FileError(
        f"The file has more than {limits.max_rows:,} rows of contacts; the most is "
        f"{limits.max_rows:,} under one header row. Split it into smaller files. If it has "
        "fewer, delete the empty rows below the contacts (Excel keeps rows that once held "
        "data or formatting) and upload it again."
    )


def _encoding(content: bytes) -> tuple[str, int, str]:
    """(codec, where the text starts, kind): checked over the whole file, a megabyte at a
    time, so that no decoded copy of it is ever held (Python keeps text with one emoji in
    it at four bytes a character: 80 MB for a 20 MB file)."""
    if content.startswith(codecs.BOM_UTF8):
        return _strict(content, "utf-8", len(codecs.BOM_UTF8)), len(codecs.BOM_UTF8), "CSV (UTF-8)"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(content, "utf-16", 0), 0, "CSV (UTF-16)"
    if content[:4096].count(b"\x00") > 8:  # a stray NUL is a damaged cell, reported per row
        raise FileError("This does not look like a CSV or Excel file (it holds binary data).")
    if _first_error(content, "utf-8", 0) is None:
        return "utf-8", 0, "CSV (UTF-8)"
    # Excel's plain "CSV (Comma delimited)" writes Windows-1252 on UK machines.
    return _strict(content, "cp1252", 0), 0, "CSV (Windows-1252)"


DECODE_CHUNK = 1024 * 1024


def _first_error(content: bytes, encoding: str, start: int) -> int | None:
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(content)
    for offset in range(start, len(content), DECODE_CHUNK):
        chunk = view[offset : offset + DECODE_CHUNK]
        try:
            decoder.decode(chunk, final=offset + DECODE_CHUNK >= len(content))
        except UnicodeDecodeError as error:
            return offset + error.start
    return None


def _strict(content: bytes, encoding: str, start: int) -> str:
    position = _first_error(content, encoding, start)
    if position is not None:
        line = content[start:position].count(b"\n") + 1
        raise FileError(
            f"The file is not valid {encoding.upper()} text (line {line}). Save it from Excel "
            "as 'CSV UTF-8 (Comma delimited)' and upload it again."
        )
    return encoding


def _delimiter(first_line: str) -> str:
    # Excel writes semicolons where the decimal separator is a comma, tabs for "Unicode text".
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _read_csv(content: bytes, limits: ImportLimits) -> Table:
    encoding, start, kind = _encoding(content)
    head = content[start : start + 64 * 1024].decode(encoding, errors="ignore")
    binary = io.BytesIO(content)  # shares the bytes, copies nothing
    binary.seek(start)
    # Decoded a chunk at a time as the csv module asks for lines; newline="" leaves the line
    # ends to it, as the csv docs ask, so a quoted cell may hold line breaks.
    text = io.TextIOWrapper(binary, encoding=encoding, newline="")
    reader = csv.reader(text, delimiter=_delimiter(head.split("\n", 1)[0]))
    last_row = limits.max_rows + 1  # and a header row

    def rows() -> Iterator[tuple[int, list[str]]]:
        # Numbered by record, not by line: a quoted cell may hold line breaks, and Excel,
        # where people look the rows up, shows such a record as one row.
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if number > last_row:
                    raise too_many_rows(limits)
                yield number, _checked(number, _trim_empty(cells), limits)
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise FileError(_cell_too_long(number + 1, None, None, limits)) from None
            raise FileError(f"The CSV cannot be read after row {number}: {error}.") from None

    lines = content.count(b"\n") + 1
    return Table(kind=kind, rows=rows(), approximate_rows=min(lines, last_row))


def _trim_empty(cells: list) -> list:
    """Without the empty cells at the end, which Excel writes for a formatted range."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells if end == len(cells) else cells[:end]


def _checked(number: int, cells: list[str], limits: ImportLimits) -> list[str]:
    if len(cells) > limits.max_columns:
        raise FileError(
            f"Row {number} has {len(cells):,} columns; the most is {limits.max_columns:,}. "
            "Delete the columns the register does not read (README lists those it does) "
            "and upload it again."
        )
    if cells and max(map(len, cells)) > limits.max_cell_chars:
        index = next(i for i, cell in enumerate(cells) if len(cell) > limits.max_cell_chars)
        raise FileError(_cell_too_long(number, index, len(cells[index]), limits))
    return cells


def _cell_too_long(number: int, index: int | None, length: int | None, limits) -> str:
    if index is None:  # the csv module stopped at its own, larger, limit
        where = f"Row {number}: a cell is longer than the most, {limits.max_cell_chars:,}"
    else:
        where = (
            f"Row {number}, column {get_column_letter(index + 1)}: the cell has {length:,} "
            f"characters; the most is {limits.max_cell_chars:,}"
        )
    return (
        f"{where} (no register field holds more). Shorten it, or delete the column if the "
        "register does not read it, and upload the file again."
    )


def _read_xlsx(content: bytes, limits: ImportLimits) -> Table:
    workbook = _open_workbook(content, limits)
    if not workbook.worksheets:
        raise FileError("The Excel file has no sheets.")
    sheet = workbook.worksheets[0]
    notes = []
    if len(workbook.worksheets) > 1:
        others = [f"'{ws.title}'" for ws in workbook.worksheets[1:]]
        more = f" and {len(others) - 10:,} more" if len(others) > 10 else ""
        notes.append(
            f"Read the first sheet, '{sheet.title}'; ignored the others: "
            f"{', '.join(others[:10])}{more}."
        )
    if (sheet.max_column or 0) > limits.max_columns:
        notes.append(
            f"The sheet says it is {sheet.max_column:,} columns wide; only the first "
            f"{limits.max_columns:,} were read."
        )
    last_row = limits.max_rows + 1  # and a header row

    def rows() -> Iterator[tuple[int, list[str]]]:
        # The sheet's own dimension is not trusted (openpyxl would make every row as wide
        # and pad as many rows as it claims): at most one row past the limit is read, to
        # tell "too many", and one column past it, to notice data there. Cells further
        # right are never looked at, so they cost nothing.
        bounded = sheet.iter_rows(
            max_row=last_row + 1, max_col=limits.max_columns + 1, values_only=True
        )
        text = 0
        try:
            for number, values in enumerate(bounded, start=1):
                if number > last_row:
                    raise too_many_rows(limits)
                cells = [_cell_text(value) for value in _trim_none(values)]
                text += sum(map(len, cells))
                if text > limits.max_text_chars:
                    raise _too_much_text(number, limits)
                yield number, _checked(number, cells, limits)
        finally:
            workbook.close()

    return Table(
        kind="XLSX", rows=rows(), approximate_rows=min(sheet.max_row or 0, last_row), notes=notes
    )


def _too_much_text(number: int, limits: ImportLimits) -> FileError:
    # Unpacked, an .xlsx may hold far more text than its size suggests; no more is read
    # than a CSV of the size limit could hold.
    return FileError(
        f"The Excel file holds more than {limits.max_text_chars:,} characters of text (by "
        f"row {number}); the most is {limits.max_text_chars:,}, about what a CSV of the size "
        "limit holds. Split it into smaller files."
    )


_BLANK = (None,) * 16


def _trim_none(values: tuple) -> tuple:
    """Without the empty cells openpyxl pads every row with, to the width asked for; a
    blank row is skipped sixteen cells at a time (in C), which matters when a sheet holds
    100,000 of them."""
    end = len(values)
    while end >= 16 and values[end - 16 : end] == _BLANK:
        end -= 16
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


def _open_workbook(content: bytes, limits: ImportLimits):
    """The workbook, once its zip directory says it costs no more to open than the limits
    allow (packaging.py)."""
    try:
        packaging.check_package(content, limits)
        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except packaging.PackageError as error:
        raise FileError(str(error)) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError) as error:
        raise FileError(
            f"The Excel file cannot be opened ({error.__class__.__name__}). Save it again from "
            "Excel as .xlsx, or as CSV UTF-8, and upload that."
        ) from None


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
