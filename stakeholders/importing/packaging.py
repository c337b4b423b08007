"""What an .xlsx will cost to open, read from its zip directory before openpyxl touches it.

An .xlsx is a zip of XML parts. openpyxl (read-only) streams the worksheets row by row, but
loads every other part it reads whole, and some grow many times over once loaded: the shared
text of the cells (a list of every string, four bytes a character when a string holds an
emoji), and the styles (2 MB of empty <font/> elements became 123 MB and 10 s of work). A
few kilobytes of zip can unpack to hundreds of megabytes of either. So before opening:

- all parts together unpack to at most `max_unpacked_bytes` (bounds the time to read);
- the parts loaded whole, everything but the worksheets, to at most `max_file_bytes`,
  like a CSV of the size limit (bounds the memory);
- the styles part to at most STYLES_MAX_BYTES: real styles run to tens of kilobytes.

The sizes come from the zip's directory, and zipfile never unpacks a part beyond the size
its directory entry declares, so a file cannot understate them."""

import io
import zipfile

from openpyxl.xml.constants import ARC_CONTENT_TYPES, ARC_STYLE, ARC_THEME, WORKSHEET_TYPE
from openpyxl.xml.functions import fromstring  # defusedxml's when installed, as openpyxl uses

from .limits import MB, ImportLimits

STYLES_MAX_BYTES = 512 * 1024
CONTENT_TYPES_MAX_BYTES = 1 * MB
# openpyxl reads these by their fixed names, whatever [Content_Types].xml calls them.
READ_BY_NAME = frozenset({ARC_CONTENT_TYPES, ARC_STYLE, ARC_THEME})


class PackageError(ValueError):
    """The message tells the user what to do."""


def unpacked_size(archive: zipfile.ZipFile) -> int:
    return sum(part.file_size for part in archive.infolist())


def check_package(content: bytes, limits: ImportLimits) -> None:
    """Raises PackageError when opening the workbook would cost more than the limits allow;
    zipfile's own errors when it is not a zip."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        parts = {part.filename: part.file_size for part in archive.infolist()}
        if len(parts) > limits.max_xlsx_parts:
            raise PackageError(
                f"The Excel file holds {len(parts):,} parts (sheets, pictures...); the most is "
                f"{limits.max_xlsx_parts:,}. Save the contacts sheet as CSV UTF-8 and upload that."
            )
        unpacked = sum(parts.values())
        if unpacked > limits.max_unpacked_bytes:
            raise PackageError(
                f"The Excel file unpacks to {unpacked / MB:,.0f} MB; the most is "
                f"{limits.max_unpacked_bytes // MB:,} MB. Split it into smaller files, or save "
                "it as CSV UTF-8 and upload that."
            )
        if parts.get(ARC_STYLE, 0) > STYLES_MAX_BYTES:
            raise PackageError(
                f"The Excel file's formatting unpacks to {parts[ARC_STYLE] / MB:,.1f} MB; the "
                f"most is {STYLES_MAX_BYTES // 1024} KB. Save it as CSV UTF-8 and upload that."
            )
        streamed = _worksheets(archive, parts) - READ_BY_NAME
    whole = sum(size for name, size in parts.items() if name not in streamed)
    if whole > limits.max_file_bytes:
        raise PackageError(
            f"The Excel file's text, formatting and other parts besides its sheets unpack to "
            f"{whole / MB:,.1f} MB; the most is {limits.max_file_mb} MB. Save it as CSV UTF-8 "
            "and upload that."
        )


def _worksheets(archive: zipfile.ZipFile, parts: dict[str, int]) -> set[str]:
    """The parts declared as worksheets. A part not declared so is counted as loaded whole,
    which errs on the safe side."""
    size = parts.get(ARC_CONTENT_TYPES)
    if size is None:
        return set()  # openpyxl refuses such a file
    if size > CONTENT_TYPES_MAX_BYTES:
        raise PackageError("The Excel file's list of parts is too large to be a spreadsheet.")
    root = fromstring(archive.read(ARC_CONTENT_TYPES))
    return {
        element.get("PartName", "").lstrip("/")
        for element in root
        if element.tag.endswith("Override") and element.get("ContentType") == WORKSHEET_TYPE
    }
