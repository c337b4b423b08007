"""What a comms officer's weekly digest holds: content awaiting their approval, their actions
due within 3 working days (or overdue), and awareness days starting in the next two weeks."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet

from accounts.models import Ccg, User
from accounts.roles import COMMS

from ..models import ActionItem, AwarenessDay, ContentItem
from .actions import actions_due_within
from .content import content_awaiting_approval_by

DUE_WITHIN_WORKING_DAYS = 3
AWARENESS_DAYS_AHEAD = 14


@dataclass(frozen=True)
class Digest:
    user: User
    today: datetime.date
    ccgs: list[Ccg]
    to_approve: list[ContentItem]
    actions_due: list[ActionItem]
    awareness_days: list[AwarenessDay]

    @property
    def is_empty(self) -> bool:
        return not (self.to_approve or self.actions_due or self.awareness_days)


def comms_officers() -> QuerySet[User]:
    """Everyone active holding the Comms team role in at least one CCG."""
    return (
        User.objects.filter(is_active=True, memberships__role__name=COMMS).distinct().order_by("pk")
    )


def digest_for(*, user: User, today: datetime.date) -> Digest:
    ccgs = list(
        Ccg.objects.filter(memberships__user=user, memberships__role__name=COMMS).order_by("name")
    )
    actions = []
    for ccg in ccgs:  # each CCG has its own working calendar
        due = actions_due_within(
            ccg=ccg, today=today, working_days=DUE_WITHIN_WORKING_DAYS, owner=user
        )
        actions += list(due.select_related("campaign"))
    days = AwarenessDay.objects.for_ccgs([c.pk for c in ccgs]).filter(
        starts_on__gte=today,
        starts_on__lte=today + datetime.timedelta(days=AWARENESS_DAYS_AHEAD),
    )
    return Digest(
        user=user,
        today=today,
        ccgs=ccgs,
        to_approve=list(content_awaiting_approval_by(user=user).select_related("ccg")),
        actions_due=sorted(actions, key=lambda a: (a.target_date, a.title)),
        awareness_days=list(days.order_by("starts_on", "name")),
    )
