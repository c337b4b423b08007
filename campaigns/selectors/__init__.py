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
