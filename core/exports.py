"""CSV and XLSX downloads. Every download is a declared django-import-export resource (a
`SpreadsheetResource`: its fields are the columns); this module turns a resource's rows into a
response through the library's formats, with its formula escaping on
(IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT).

The library's own escaping drops a leading "=" (losing data, and missing + - @) and writes every
cell as text; here its hook defuses instead (OWASP CSV injection): a leading = + - @ tab or CR,
or a full-width ＝ ＋ － ＠, gets a leading apostrophe, and a cell keeps its type. The resources
defuse every cell too, so a download stays safe if the setting is ever turned off."""

import datetime
import decimal
from collections.abc import Iterable, Iterator, Sequence

import tablib
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from import_export import resources
from import_export.formats.base_formats import CSV, XLSX

# Spreadsheets also start a formula at the full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20),
# which East Asian keyboards type and which survive any ASCII-only check.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
FORMATS = ("csv", "xlsx")
# What a spreadsheet cell holds as it is; anything else is written as its text.
CELL_TYPES = (str, int, float, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta)
CSV_CHUNK = 2000  # rows a CSV download holds in memory at once


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


class _Defusing:
    """The library's formula-escaping hook (run when IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT is
    on), with `defuse` in place of its "drop a leading =" and str() of every cell."""

    def _escape_formulae(self, dataset):
        for _ in range(dataset.height):
            dataset.append([defuse(cell) for cell in dataset.lpop()])


class DefusedCSV(_Defusing, CSV):
    pass


class DefusedXLSX(_Defusing, XLSX):
    pass


class SpreadsheetResource(resources.Resource):
    """An export: each declared `Field(attribute, column_name)` is a column, in the order
    declared; `dehydrate_<field>` computes a cell. Every cell is defused and keeps its type (the
    library's widgets, which render every cell as text, are not used)."""

    def export_field(self, field, instance, **kwargs):
        method = getattr(self, f"dehydrate_{self.get_field_name(field)}", None)
        return defuse(method(instance) if method else field.get_value(instance))

    def get_chunk_size(self):
        return CSV_CHUNK

    def prepared(self, items):
        """The items with what the columns read joined or counted in (select_related...)."""
        return items

    def rows(self, items) -> Iterator[list]:
        for item in self.iter_queryset(self.prepared(items)):
            yield self.export_resource(item)


def resource_response(resource: SpreadsheetResource, items, *, fmt: str, filename: str):
    """The download of `items` (a queryset or any iterable) as `resource` declares it: XLSX
    when asked for, CSV (streamed) otherwise."""
    headers = resource.get_export_headers()
    if fmt == "xlsx":
        return xlsx_response(headers=headers, rows=resource.rows(items), filename=filename)
    return csv_response(headers=headers, rows=resource.rows(items), filename=filename)


def _chunks(rows: Iterable[Sequence], size: int) -> Iterator[list]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def csv_response(*, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    """Streamed in chunks, each written by the library's CSV format (so its escaping runs)."""

    def lines():
        yield "\ufeff"  # BOM, so Excel opens UTF-8 as UTF-8
        yield DefusedCSV().export_data(tablib.Dataset(headers=list(headers)))
        for chunk in _chunks(rows, CSV_CHUNK):
            yield DefusedCSV().export_data(tablib.Dataset(*[[defuse(v) for v in r] for r in chunk]))

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(*, headers: Sequence[str], rows: Iterable[Sequence], filename: str):
    dataset = tablib.Dataset(*[[defuse(v) for v in r] for r in rows], headers=list(headers))
    dataset.title = filename[:31]
    response = HttpResponse(DefusedXLSX().export_data(dataset), content_type=XLSX.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response


def export(fmt: str, *, resource: SpreadsheetResource, items, filename: str):
    """The list views' download: XLSX when asked for, CSV otherwise."""
    return resource_response(
        resource, items, fmt="xlsx" if fmt == "xlsx" else "csv", filename=filename
    )
