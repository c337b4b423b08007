"""Building the spreadsheets people really send, for the import tests."""

import csv
import io
import signal
import zipfile
from contextlib import contextmanager

from openpyxl import Workbook


def csv_bytes(rows, *, encoding="utf-8", bom=False, delimiter=",") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(rows, *, title="Contacts", more_sheets=()) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for name in more_sheets:
        workbook.create_sheet(name).append(["ignored"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_with_far_cell(rows, *, cell="XFD1048576") -> bytes:
    """A small workbook whose used range, as saved, runs to `cell`: Excel's last column and
    row by default. openpyxl writes the dimension as A1:XFD1048576."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    sheet[cell] = "x"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@contextmanager
def finishes_within(seconds: int):
    """A hard alarm: work that regresses into minutes fails the test at `seconds` instead of
    stalling the suite. The timing is not the assertion; the result arriving is."""

    def stop(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def xlsx_with_parts(rows, **parts: bytes) -> bytes:
    """A workbook with parts added or replaced, by path: `xlsx_with_parts(rows,
    **{"xl/styles.xml": ...})`."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(rows)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename not in parts:
                archive.writestr(info, source.read(info.filename))
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()
