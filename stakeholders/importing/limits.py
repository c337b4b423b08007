"""How much an import may read, and for how long.

A spreadsheet says how big it is (an .xlsx declares its used range; a CSV is as long as it
is), and neither is trusted: the readers count rows, columns and characters as they go and
stop at the first that is over, so a small file that claims, or holds, a huge sheet costs
no more than the limits allow. The numbers are settings (environment variables); README.md,
"Import limits", gives the defaults and why."""

import time
from dataclasses import dataclass

from django.conf import settings

MB = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    max_rows: int  # rows of contacts, under one header row
    max_columns: int
    max_cell_chars: int
    max_file_bytes: int
    max_unpacked_bytes: int  # an .xlsx is a zip: what its parts hold once unpacked (packaging)
    max_xlsx_parts: int
    errors_listed: int  # errors kept in the report; the rest are counted

    @classmethod
    def from_settings(cls) -> "ImportLimits":
        return cls(
            max_rows=settings.STAKEHOLDER_IMPORT_MAX_ROWS,
            max_columns=settings.STAKEHOLDER_IMPORT_MAX_COLUMNS,
            max_cell_chars=settings.STAKEHOLDER_IMPORT_MAX_CELL_CHARS,
            max_file_bytes=settings.STAKEHOLDER_IMPORT_MAX_FILE_MB * MB,
            max_unpacked_bytes=settings.STAKEHOLDER_IMPORT_MAX_UNPACKED_MB * MB,
            max_xlsx_parts=settings.STAKEHOLDER_IMPORT_MAX_XLSX_PARTS,
            errors_listed=settings.STAKEHOLDER_IMPORT_ERRORS_LISTED,
        )

    @property
    def max_file_mb(self) -> int:
        return self.max_file_bytes // MB

    @property
    def max_text_chars(self) -> int:
        """About what a CSV of the size limit holds (a character a byte, in round millions):
        an .xlsx, which may unpack to far more, is held to the same."""
        return round(self.max_file_bytes / MB * 1_000_000)


def too_big_message(size: int, limits: ImportLimits) -> str:
    """The file-size refusal, the same from the form, the service and the command."""
    return (
        f"The file is {size / MB:.1f} MB; the most is {limits.max_file_mb} MB. "
        "Split it into smaller files."
    )


class OverTime(Exception):
    """The work ran past its time budget; nothing was written."""


class Deadline:
    """A time budget, checked once a row: cheap (a clock read) and frequent enough that a
    file cannot run far past it, since the readers bound what one row can cost."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.at = time.monotonic() + seconds if seconds is not None else None

    def check(self) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise OverTime(f"over the time budget of {self.seconds:g} s")


NO_DEADLINE = Deadline(None)
