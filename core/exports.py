"""CSV and XLSX downloads for every list. Cells that a spreadsheet would run as a formula are
defused (OWASP CSV injection): a leading = + - @ tab or CR, or a full-width ＝ ＋ － ＠, gets a
leading apostrophe."""

import csv
import datetime
import decimal
from collections.abc import Iterable, Sequence

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook

# Spreadsheets also start a formula at the full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20),
# which East Asian keyboards type and which survive any ASCII-only check.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
FORMATS = ("csv", "xlsx")
# What a spreadsheet cell holds as it is; anything else is written as its text.
CELL_TYPES = (str, int, float, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta)


def defuse(value) -> object:
    """A cell safe for a spreadsheet: no formula, and instants in UK time without an offset
    (spreadsheets cannot hold time zones; openpyxl refuses them)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    if value is None:
        return ""
    if not isinstance(value, CELL_TYPES):
        return defuse(str(value))  # a model instance, a choice...: its text, defused in turn
    return value


class _Echo:
    def write(self, value):
        return value


def csv_response(*, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # BOM, so Excel opens UTF-8 as UTF-8
        yield writer.writerow(headers)
        for row in rows:
            yield writer.writerow([defuse(v) for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(*, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=filename[:31])
    sheet.append(list(headers))
    for row in rows:
        sheet.append([defuse(v) for v in row])
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    workbook.save(response)
    return response


def export_response(*, fmt: str, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    if fmt == "xlsx":
        return xlsx_response(headers=headers, rows=rows, filename=filename)
    return csv_response(headers=headers, rows=rows, filename=filename)


def export(fmt: str, *, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    """The list views' download: XLSX when asked for, CSV otherwise."""
    return export_response(fmt=fmt, headers=headers, rows=rows, filename=filename)
