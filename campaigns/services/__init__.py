"""Writes of the campaign calendar, one module per part of the plan."""

from .plans import (
    awareness_day_create,
    campaign_create,
    campaign_note_save,
    campaign_update,
    national_day_choices_set,
)

__all__ = [
    "awareness_day_create",
    "campaign_create",
    "campaign_note_save",
    "campaign_update",
    "national_day_choices_set",
]
from .meetings import meeting_create, meeting_update  # noqa: E402

__all__ += ["meeting_create", "meeting_update"]
from .feeds import calendar_feed_regenerate, calendar_feed_revoke, calendar_feed_used  # noqa: E402

__all__ += ["calendar_feed_regenerate", "calendar_feed_revoke", "calendar_feed_used"]
