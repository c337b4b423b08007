"""Writes of the campaign calendar, one module per part of the plan."""

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

__all__ = [
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
    channel_figures_add,
    channel_figures_import,
)

__all__ += [
    "campaign_lesson_add",
    "campaign_measure_add",
    "channel_figures_add",
    "channel_figures_import",
]

from .digest import digest_key, weekly_digests_send  # noqa: E402

__all__ += ["digest_key", "weekly_digests_send"]
