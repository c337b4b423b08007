"""Reads of action plans. The RAG shown (`rag_now`) is computed in the query: red when the
target date has passed and the action is not done, else the owner's rating. Nothing has to run
for an item to turn red."""

import datetime
from dataclasses import dataclass

from django.db.models import Case, F, Q, QuerySet, Value, When

from accounts.calendars import organisation_calendar
from accounts.models import Ccg, User
from accounts.roles import COMMS
from accounts.scoping import Scope
from accounts.selectors import ccg_people
from working_time import LONDON
from working_time.working_days import working_days_due

from ..models import ActionItem, ActionStatus, Campaign, Rag

CCG_PLAN = "ccg"  # the filter value for "the CCG's action plan" (items without a campaign)


def with_rag_now(items: QuerySet, *, today: datetime.date) -> QuerySet:
    overdue = Q(target_date__lt=today) & ~Q(status=ActionStatus.DONE)
    return items.annotate(rag_now=Case(When(overdue, then=Value(Rag.RED)), default=F("rag")))


@dataclass(frozen=True)
class ActionFilters:
    plan: str = ""  # "", CCG_PLAN or a campaign's id
    rag: str = ""
    open_only: bool = False


def action_list(
    *, scope: Scope, today: datetime.date, filters: ActionFilters = ActionFilters()
) -> QuerySet[ActionItem]:
    items = ActionItem.objects.visible_to(scope).select_related("ccg", "campaign", "owner")
    if filters.plan == CCG_PLAN:
        items = items.filter(campaign__isnull=True)
    elif filters.plan.isdigit():
        items = items.filter(campaign_id=int(filters.plan))
    if filters.open_only:
        items = items.exclude(status=ActionStatus.DONE)
    items = with_rag_now(items, today=today)
    return items.filter(rag_now=filters.rag) if filters.rag else items


def working_days_ahead(*, ccg: Ccg, today: datetime.date, days: int) -> datetime.date:
    """The date `days` working days after `today` on the CCG's calendar (the working-time
    engine: weekends, the nation's bank holidays and the CCG's closure days do not count)."""
    start = datetime.datetime.combine(today, datetime.time(12), tzinfo=LONDON)
    due, _ = working_days_due(
        amount=days, received=start, calendar=organisation_calendar(ccg=ccg), stops=()
    )
    return due.astimezone(LONDON).date()


def actions_due_within(
    *, ccg: Ccg, today: datetime.date, working_days: int = 3, owner: User | None = None
) -> QuerySet[ActionItem]:
    """Open actions whose target date is at most `working_days` working days away (or passed)."""
    until = working_days_ahead(ccg=ccg, today=today, days=working_days)
    items = ActionItem.objects.for_ccgs([ccg.pk]).exclude(status=ActionStatus.DONE)
    if owner is not None:
        items = items.filter(owner=owner)
    return with_rag_now(items.filter(target_date__lte=until), today=today)


def action_owners_for(*, ccg: Ccg) -> QuerySet[User]:
    return ccg_people(ccg_ids=[ccg.pk], role=COMMS, active_only=True)


def campaigns_visible(*, scope: Scope) -> QuerySet[Campaign]:
    return Campaign.objects.visible_to(scope).order_by("name")


def action_plan_items(*, ccg_id: int, today: datetime.date) -> QuerySet[ActionItem]:
    """Every action of the CCG's plans (its own action plan first, then each campaign's), with
    the RAG shown today: the fortnightly action-plan report reads it. One query."""
    items = ActionItem.objects.for_ccgs([ccg_id]).select_related("campaign", "owner")
    items = with_rag_now(items, today=today)
    return items.order_by(F("campaign__name").asc(nulls_first=True), "target_date", "title")
