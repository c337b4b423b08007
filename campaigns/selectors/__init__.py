"""Reads of the campaign calendar, one module per part of the plan."""

from .awareness_days import (
    DayOccurrence,
    awareness_day_list,
    awareness_day_occurrences,
    awareness_days_upcoming,
    national_day_choices,
    national_day_list,
)
from .plans import (
    CampaignFilters,
    campaign_audience_choices,
    campaign_list,
    campaign_note_ccgs,
    campaign_note_of,
    campaign_owner_choices,
    campaign_related,
    campaign_share_choices,
    campaigns_in_window,
)

__all__ = [
    "awareness_day_list",
    "awareness_days_upcoming",
    "DayOccurrence",
    "awareness_day_occurrences",
    "national_day_choices",
    "national_day_list",
    "CampaignFilters",
    "campaign_audience_choices",
    "campaign_list",
    "campaign_note_ccgs",
    "campaign_note_of",
    "campaign_owner_choices",
    "campaign_related",
    "campaign_share_choices",
    "campaigns_in_window",
]
from .meetings import PublicMeeting, meeting_list, meetings_public  # noqa: E402

__all__ += ["PublicMeeting", "meeting_list", "meetings_public"]
from .calendar import (  # noqa: E402
    LAYERS,
    VIEW_CALENDAR,
    CalendarEntry,
    CalendarQuery,
    agenda_days,
    calendar_entries,
    calendar_layers,
    layer_register,
    month_weeks,
    month_window,
)

__all__ += [
    "LAYERS",
    "VIEW_CALENDAR",
    "CalendarEntry",
    "CalendarQuery",
    "agenda_days",
    "calendar_entries",
    "calendar_layers",
    "layer_register",
    "month_weeks",
    "month_window",
]
from .feeds import (  # noqa: E402
    calendar_entry_find,
    calendar_feed_entries,
    calendar_feed_of,
    calendar_feed_user,
)
from .ics import calendar_ics  # noqa: E402

__all__ += [
    "calendar_entry_find",
    "calendar_feed_entries",
    "calendar_feed_of",
    "calendar_feed_user",
    "calendar_ics",
]

from .content import (  # noqa: E402
    ContentFilters,
    campaigns_for,
    content_approvals,
    content_approver_ccg_ids,
    content_approvers,
    content_awaiting_approval_by,
    content_list,
)

__all__ += [
    "ContentFilters",
    "campaigns_for",
    "content_approvals",
    "content_approver_ccg_ids",
    "content_approvers",
    "content_awaiting_approval_by",
    "content_list",
]

from .actions import (  # noqa: E402
    CCG_PLAN,
    ActionFilters,
    action_list,
    action_owners_for,
    action_plan_items,
    actions_due_within,
    campaigns_visible,
    with_rag_now,
    working_days_ahead,
)

__all__ += [
    "CCG_PLAN",
    "ActionFilters",
    "action_list",
    "action_owners_for",
    "action_plan_items",
    "actions_due_within",
    "campaigns_visible",
    "with_rag_now",
    "working_days_ahead",
]

from .evaluation import (  # noqa: E402
    campaign_lessons,
    campaign_measures,
    campaigns_to_evaluate,
    channel_figures_with_change,
)

__all__ += [
    "campaign_lessons",
    "campaign_measures",
    "campaigns_to_evaluate",
    "channel_figures_with_change",
]

from .digest import Digest, comms_officers, digest_for  # noqa: E402

__all__ += ["Digest", "comms_officers", "digest_for"]

# The plan's own work on the calendar (content, action items): registers its layers at import.
from . import calendar_work  # noqa: E402, F401
from .work import actions_to_do, content_to_approve  # noqa: E402

__all__ += ["actions_to_do", "content_to_approve"]
