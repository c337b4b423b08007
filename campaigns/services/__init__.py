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
from .content import (  # noqa: E402
    NOT_APPROVED,
    OUTSIDE_CAMPAIGN,
    content_approve,
    content_create,
    content_publish,
    content_return_to_draft,
    content_schedule,
    content_submit_for_approval,
    content_update,
)

__all__ += [
    "NOT_APPROVED",
    "OUTSIDE_CAMPAIGN",
    "content_approve",
    "content_create",
    "content_publish",
    "content_return_to_draft",
    "content_schedule",
    "content_submit_for_approval",
    "content_update",
]

from .actions import action_create, action_update  # noqa: E402

__all__ += ["action_create", "action_update"]

from .evaluation import (  # noqa: E402
    campaign_lesson_add,
    campaign_measure_add,
    campaign_measure_update,
    channel_figures_add,
    channel_figures_import,
    channel_figures_update,
)

__all__ += [
    "campaign_measure_update",
    "channel_figures_update",
    "campaign_lesson_add",
    "campaign_measure_add",
    "channel_figures_add",
    "channel_figures_import",
]

from .digest import digest_key, weekly_digests_send  # noqa: E402

__all__ += ["digest_key", "weekly_digests_send"]

from .platforms import channel_figures_import_platform  # noqa: E402

__all__ += ["channel_figures_import_platform"]
