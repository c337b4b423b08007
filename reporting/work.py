"""The comms team's home: *my* work (assigned to me) and the team's unassigned work, across the
registers, each list the soonest due first.

`WORK_SOURCES` is the whole list. Each source reads one kind of work through its app's
selectors (reporting may read every feature app; none reads reporting) and turns it into
`WorkItem`s. To add a kind of work,
write a selector in the feature app that takes `owner` (a user, or None for nobody) and a
`limit`, add a source function here that maps its rows to `WorkItem`s, and append it to
`WORK_SOURCES`. Each source costs a bounded number of queries (at most two per list)."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from accounts.models import User
from accounts.scoping import Scope
from working_time import LONDON

PER_SOURCE = 10  # per list and per source; the registers' own pages have the rest


@dataclass(frozen=True)
class WorkItem:
    kind: str  # in the team's words: "MP/councillor letter", "We did", "Consultation"
    title: str
    url: str
    ccg: str
    due: datetime.datetime | None  # the sort key: soonest first, undated last
    due_text: str  # "Due Mon 16 Nov 2026, 14:00", "Closes Thu 3 Dec 2026"
    tag: str = ""  # "Overdue", "Due soon"...
    tag_class: str = ""


@dataclass(frozen=True)
class WorkAsk:
    scope: Scope
    owner: User | None  # None: the team's unassigned work
    now: datetime.datetime
    limit: int = PER_SOURCE


def _local(instant: datetime.datetime) -> str:
    return instant.astimezone(LONDON).strftime("%a %-d %b %Y, %H:%M")


def media_desk_work(ask: WorkAsk) -> list[WorkItem]:
    from media_desk.selectors import enquiries_to_work, queue_row

    items = []
    enquiries = enquiries_to_work(scope=ask.scope, owner=ask.owner, now=ask.now, limit=ask.limit)
    for enquiry in enquiries:
        shown = queue_row(enquiry=enquiry, now=ask.now)["next"]  # the next deadline, presented
        items.append(
            WorkItem(
                kind=enquiry.get_kind_display(),
                title=enquiry.subject,
                url=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
                ccg=enquiry.ccg.name,
                due=shown.deadline.due_at if shown else None,
                due_text=f"Due {shown.due_display}" if shown else "No deadline running",
                tag=shown.state_label if shown else "",
                tag_class=shown.tag_class if shown else "",
            )
        )
    return items


def responses_work(ask: WorkAsk) -> list[WorkItem]:
    from engagement.selectors import responses_to_work

    items = []
    for response in responses_to_work(scope=ask.scope, owner=ask.owner, limit=ask.limit):
        late = response.due_at < ask.now
        items.append(
            WorkItem(
                kind='"We did" response',
                title=str(response),
                url=reverse("engagement:response_detail", args=[response.pk]),
                ccg=response.ccg.name,
                due=response.due_at,
                due_text=f"Due {_local(response.due_at)}",
                tag="Overdue" if late else "",
                tag_class="nhsuk-tag--red" if late else "",
            )
        )
    return items


def consultations_work(ask: WorkAsk) -> list[WorkItem]:
    from engagement.selectors import consultations_closing

    today = ask.now.astimezone(LONDON).date()
    items = []
    for consultation in consultations_closing(
        scope=ask.scope, owner=ask.owner, today=today, limit=ask.limit
    ):
        closes = datetime.datetime.combine(
            consultation.closes_on, datetime.time(23, 59), tzinfo=LONDON
        )
        items.append(
            WorkItem(
                kind="Consultation closing",
                title=consultation.title,
                url=reverse("engagement:consultation_detail", args=[consultation.pk]),
                ccg=consultation.ccg.name,
                due=closes,
                due_text=f"Closes {consultation.closes_on:%a %-d %b %Y}",
            )
        )
    return items


def content_work(ask: WorkAsk) -> list[WorkItem]:
    from campaigns.selectors import content_to_approve

    if ask.owner is None:  # content always names the approver it waits for
        return []
    items = content_to_approve(scope=ask.scope, approver=ask.owner, limit=ask.limit)
    return [
        WorkItem(
            kind=f"Content to approve ({item.get_channel_display()})",
            title=item.title,
            url=reverse("campaigns:content_detail", args=[item.pk]),
            ccg=item.ccg.name,
            due=item.planned_at,
            due_text=f"Planned for {_local(item.planned_at)}",
        )
        for item in items
    ]


def actions_work(ask: WorkAsk) -> list[WorkItem]:
    from campaigns.selectors import actions_to_do

    if ask.owner is None:  # every action has an owner
        return []
    today = ask.now.astimezone(LONDON).date()
    items = []
    for action in actions_to_do(scope=ask.scope, owner=ask.owner, limit=ask.limit):
        late = action.target_date < today
        due = datetime.datetime.combine(action.target_date, datetime.time(17, 0), tzinfo=LONDON)
        items.append(
            WorkItem(
                kind="Action",
                title=action.title,
                url=reverse("campaigns:action_edit", args=[action.pk]),
                ccg=action.ccg.name,
                due=due,
                due_text=f"Due {action.target_date:%a %-d %b %Y}",
                tag="Overdue" if late else "",
                tag_class="nhsuk-tag--red" if late else "",
            )
        )
    return items


WorkSource = Callable[[WorkAsk], list[WorkItem]]
# Each kind of work the comms team's home lists: add a source here.
WORK_SOURCES: list[WorkSource] = [
    media_desk_work,
    responses_work,
    consultations_work,
    content_work,
    actions_work,
]

_LAST = datetime.datetime.max.replace(tzinfo=datetime.UTC)


def work_lists(*, scope: Scope, user: User, now: datetime.datetime) -> dict[str, list[WorkItem]]:
    """`mine`: what `user` owns; `unassigned`: what nobody in the team owns yet."""
    lists = {}
    for name, owner in (("mine", user), ("unassigned", None)):
        ask = WorkAsk(scope=scope, owner=owner, now=now)
        items = [item for source in WORK_SOURCES for item in source(ask)]
        lists[name] = sorted(items, key=lambda item: item.due or _LAST)
    return lists
