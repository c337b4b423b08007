"""Reads of the campaign calendar, one module per part of the plan."""

from .awareness_days import (
    EXPORT_HEADERS,
    awareness_day_export_rows,
    awareness_day_list,
    awareness_days_upcoming,
)

__all__ = [
    "EXPORT_HEADERS",
    "awareness_day_export_rows",
    "awareness_day_list",
    "awareness_days_upcoming",
]
