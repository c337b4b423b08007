"""Reads of the campaign calendar, one module per part of the plan."""

from .awareness_days import (
    awareness_day_list,
    awareness_days_upcoming,
)

__all__ = [
    "awareness_day_list",
    "awareness_days_upcoming",
]
