"""Reads for the media desk: the comms queue, a member of staff's own items, the timeline."""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Sum
from django.urls import reverse

from accounts.models import User
from accounts.roles import COMMS
from accounts.scoping import Scope, model_perm
from accounts.selectors import members_of
from stakeholders.models import Contact, ContactKind
from stakeholders.selectors import LinkedRecord, Suggestion, contacts_like, contacts_of_kinds
from working_time import LONDON

from ..models import (
    Coverage,
    DeadlineMove,
    Enquiry,
    FoiDecision,
    Kind,
    PressRelease,
    SlaDeadline,
    Spokesperson,
)
from ..models.deadlines import DeadlineName
from ..models.policy import CalendarKind
from ..presenters import (
    DeadlinePresenter,
    TimelineEntry,
    deadline_moved,
    next_open_deadline,
    timeline,
)
from ..presenters.foi import FoiCase, foi_timeline

# Re-exported: the pages read every selector as `selectors.<name>`.
from .disclosure import (
    DisclosureFilters as DisclosureFilters,
)
from .disclosure import (
    PublicDisclosure as PublicDisclosure,
)
from .disclosure import (
    disclosure_attachment as disclosure_attachment,
)
from .disclosure import (
    disclosure_ccg_choices as disclosure_ccg_choices,
)
from .disclosure import (
    disclosure_of as disclosure_of,
)
from .disclosure import (
    disclosure_published as disclosure_published,
)
from .disclosure import (
    disclosures_published as disclosures_published,
)
from .foi_stats import (
    FoiStatistics as FoiStatistics,
)
from .foi_stats import (
    StatsPeriod as StatsPeriod,
)
from .foi_stats import (
    foi_decision_counts as foi_decision_counts,
)
from .foi_stats import (
    foi_exemptions_cited as foi_exemptions_cited,
)
from .foi_stats import (
    foi_financial_year_quarters as foi_financial_year_quarters,
)
from .foi_stats import (
    foi_review_counts as foi_review_counts,
)
from .foi_stats import (
    foi_statistics as foi_statistics,
)

LOG_PERM = "media_desk.log_enquiry"
STAFF_KINDS = (Kind.MEDIA, Kind.MP)
REQUESTER_KINDS = {
    Kind.MP: [ContactKind.MP, ContactKind.COUNCILLOR],
    Kind.MEDIA: [ContactKind.JOURNALIST],
}


@dataclass(frozen=True)
class QueueFilters:
    kind: str = ""
    state: str = ""
    owner: int | None = None
    outlet: str = ""
    mp: int | None = None
    category: str = ""
    search: str = ""
    include_closed: bool = False


def _with_deadlines(enquiries: QuerySet[Enquiry]) -> QuerySet[Enquiry]:
    return enquiries.select_related("ccg", "owner", "requester_contact").prefetch_related(
        Prefetch("deadlines", queryset=SlaDeadline.objects.order_by("due_at"))
    )


def _state_filter(enquiries: QuerySet[Enquiry], state: str, now: datetime) -> QuerySet[Enquiry]:
    open_deadlines = SlaDeadline.objects.filter(enquiry=OuterRef("pk"), answered_at__isnull=True)
    if state == "overdue":
        return enquiries.filter(Exists(open_deadlines.filter(due_at__lt=now)))
    if state == "due_soon":
        soon = open_deadlines.filter(warn_at__lte=now, due_at__gte=now)
        return enquiries.filter(Exists(soon)).exclude(Exists(open_deadlines.filter(due_at__lt=now)))
    if state == "on_track":
        late_or_soon = open_deadlines.filter(warn_at__lte=now)
        return enquiries.filter(closed_at__isnull=True).exclude(Exists(late_or_soon))
    return enquiries


def enquiry_queue(*, scope: Scope, filters: QueueFilters, now: datetime) -> QuerySet[Enquiry]:
    """What the comms team must answer, the soonest deadline first."""
    enquiries = Enquiry.objects.visible_to(scope)
    if not filters.include_closed:
        enquiries = enquiries.filter(closed_at__isnull=True)
    exact = {
        "kind": filters.kind,
        "owner_id": filters.owner,
        "requester_contact_id": filters.mp,
        "category": filters.category,
    }
    enquiries = enquiries.filter(**{k: v for k, v in exact.items() if v})
    if filters.outlet:
        enquiries = enquiries.filter(requester_outlet__icontains=filters.outlet)
    if filters.search:
        s = filters.search
        enquiries = enquiries.filter(
            Q(subject__icontains=s) | Q(details__icontains=s) | Q(requester_name__icontains=s)
        )
    enquiries = _state_filter(enquiries, filters.state, now)
    return _with_deadlines(enquiries).order_by("next_due_at", "-received_at", "pk")


def enquiry_log_permission(*, kind: str) -> str:
    """The permission to log an item of `kind`: any staff member logs media calls and MP
    letters; briefings and FOI requests are logged by the comms team. The log page checks it,
    and pages show a "Log ..." button only to those who hold it."""
    return LOG_PERM if kind in STAFF_KINDS else "media_desk.add_enquiry"


def enquiries_to_work(
    *, scope: Scope, owner: User | None, now: datetime, limit: int
) -> list[Enquiry]:
    """Open items `owner` owns, or (owner None) nobody owns yet, the soonest deadline first."""
    enquiries = enquiry_queue(scope=scope, filters=QueueFilters(), now=now)
    enquiries = enquiries.filter(owner=owner) if owner else enquiries.filter(owner__isnull=True)
    return list(enquiries[:limit])


def enquiries_logged_by(*, scope: Scope, user: User) -> QuerySet[Enquiry]:
    """A member of staff sees what they logged, and nothing else."""
    ccg_ids = scope.ccg_ids_with(LOG_PERM)
    enquiries = Enquiry.objects.filter(ccg_id__in=ccg_ids, logged_by=user)
    return _with_deadlines(enquiries).order_by("-received_at")


def enquiry_for_logger(*, scope: Scope, user: User, pk: int) -> Enquiry | None:
    return enquiries_logged_by(scope=scope, user=user).filter(pk=pk).first()


def requester_choices(*, scope: Scope, kind: str, ccg_ids) -> QuerySet[Contact]:
    """The register's people the log form offers as the requester, from the CCGs it logs into.
    MPs and councillors are public office holders: whoever may log an MP letter in a CCG picks
    from its MPs. Anyone else (a journalist) is a private person in the register, offered only
    from CCGs where the user may view contacts, not merely because they may log a call there."""
    if kind != Kind.MP:
        ccg_ids = set(ccg_ids) & scope.ccg_ids_with(model_perm(Contact, "view"))
    return contacts_of_kinds(ccg_ids=ccg_ids, kinds=REQUESTER_KINDS.get(kind, []))


def link_choices(*, scope: Scope, enquiry: Enquiry) -> QuerySet[Contact]:
    """Whom the comms team may link an item logged by name to: its CCG's journalists (or MPs
    and councillors), only where the user may view the register."""
    if not scope.can(model_perm(Contact, "view"), enquiry.ccg_id):
        return Contact.objects.none()
    return contacts_of_kinds(ccg_ids=[enquiry.ccg_id], kinds=REQUESTER_KINDS.get(enquiry.kind, []))


def requester_suggestions(*, scope: Scope, enquiry: Enquiry) -> list[Suggestion]:
    """Contacts who look like the person typed in (e-mail, name, outlet or constituency)."""
    if not enquiry.can_link_requester:
        return []
    return contacts_like(
        scope=scope,
        ccg_id=enquiry.ccg_id,
        kinds=REQUESTER_KINDS.get(enquiry.kind, []),
        name=enquiry.requester_name,
        email=enquiry.requester_email,
        outlet=enquiry.requester_outlet,
    )


def assign_choices(*, scope: Scope, enquiry: Enquiry) -> dict:
    """Who may own an item (its CCG's comms team) and speak for it (its CCG's spokespeople)."""
    return {
        "owners": members_of(scope=scope, ccg_id=enquiry.ccg_id, role=COMMS),
        "spokespeople": Spokesperson.objects.visible_to(scope).filter(ccg_id=enquiry.ccg_id),
    }


def deadline_rows(*, enquiry: Enquiry, now: datetime) -> list[DeadlinePresenter]:
    return [DeadlinePresenter(deadline=d, now=now) for d in enquiry.deadlines.all()]


def queue_row(*, enquiry: Enquiry, now: datetime) -> dict:
    nxt = next_open_deadline(enquiry.deadlines.all())
    return {"enquiry": enquiry, "next": DeadlinePresenter(deadline=nxt, now=now) if nxt else None}


def enquiry_status(enquiry: Enquiry) -> str:
    if enquiry.closed_at:
        return "Closed"
    if enquiry.responded_at:
        return "Answered"
    if enquiry.holding_sent_at:
        return "Holding statement sent"
    return "Open"


def enquiries_of_contacts(*, scope: Scope, contact_ids, limit: int) -> list[LinkedRecord]:
    """The letters and enquiries of these contacts that the user may see on the desk, newest
    first, in one query: the register's pages list them (`stakeholders.selectors.linked`)."""
    enquiries = (
        Enquiry.objects.visible_to(scope)
        .filter(requester_contact_id__in=contact_ids)
        .select_related("requester_contact")
        .order_by("-received_at", "-pk")[:limit]
    )
    return [
        LinkedRecord(
            when=e.received_at,
            kind=e.get_kind_display(),
            title=e.subject,
            url=reverse("media_desk:enquiry_detail", args=[e.pk]),
            status=enquiry_status(e),
            person=e.requester_contact.full_name,
        )
        for e in enquiries
    ]


def enquiry_timeline(*, enquiry: Enquiry) -> list[TimelineEntry]:
    """The item's story from its audit history, in plain words (see `timeline.py`); a media
    enquiry referred as an FOI request says so."""
    history = enquiry.history.select_related("history_user", "owner", "spokesperson")
    entries = timeline(
        list(history.order_by("history_date")),
        lambda new, old: set(new.diff_against(old).changed_fields),
    )
    referral = getattr(enquiry, "foi_referral", None)
    if referral is not None:
        first = referral.history.select_related("history_user").order_by("history_date").first()
        if first is not None:
            who = first.history_user or "the system"
            text = f"Referred as FOI request #{referral.pk} by {who}"
            entries.append(TimelineEntry(first.history_date, text))
    # Deadlines a calendar change moved (a closure day, working hours, a bank holiday).
    for move in DeadlineMove.objects.filter(deadline__enquiry=enquiry).select_related("deadline"):
        text = deadline_moved(
            name=move.deadline.get_name_display(),
            moved_from=move.moved_from,
            moved_to=move.moved_to,
            because=move.because,
        )
        entries.append(TimelineEntry(move.created_at, text))
    if enquiry.kind == Kind.FOI:
        entries += _foi_entries(enquiry)
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def enquiries_touched_by_calendar_change(
    *, ccg_id: int | None, nations: list[str], days: list[date]
) -> list[int]:
    """Open items with an open, unanswered deadline whose window (from receipt to the due
    instant) spans a changed day: a superset of those whose deadlines move, which the
    recompute decides. A CCG's change (closure day, working hours) touches its own calendar
    only; a bank holiday touches its nations' CCGs and every FOI deadline (UK-wide)."""
    deadlines = SlaDeadline.objects.filter(
        answered_at__isnull=True, due_at__isnull=False, enquiry__closed_at__isnull=True
    )
    if ccg_id is not None:
        deadlines = deadlines.filter(
            enquiry__ccg_id=ccg_id, enquiry__calendar=CalendarKind.ORGANISATION
        ).exclude(name=DeadlineName.REVIEW)
    else:
        deadlines = deadlines.filter(
            Q(enquiry__ccg__nation__in=nations)
            | Q(enquiry__calendar=CalendarKind.FOI)
            | Q(name=DeadlineName.REVIEW)
        )
    if days:
        first = datetime.combine(min(days), time(0), tzinfo=LONDON)
        after_last = datetime.combine(max(days) + timedelta(days=1), time(0), tzinfo=LONDON)
        deadlines = deadlines.filter(enquiry__received_at__lt=after_last, due_at__gte=first)
    return list(deadlines.order_by("enquiry_id").values_list("enquiry_id", flat=True).distinct())


def _foi_entries(enquiry: Enquiry) -> list[TimelineEntry]:
    decision = FoiDecision.objects.filter(enquiry=enquiry).first()
    history = []
    if decision is not None:
        records = decision.history.select_related("history_user").order_by("history_date")
        history = list(records)
    letters = list(enquiry.foi_letters.select_related("drafted_by"))
    return foi_timeline(decision_history=history, letters=letters)


def foi_decision_visible(*, scope: Scope, pk: int) -> FoiDecision | None:
    """The decision, if it is on an FOI request the scope may see."""
    visible = Enquiry.objects.visible_to(scope, "view").filter(kind=Kind.FOI)
    decisions = FoiDecision.objects.select_related("enquiry")
    return decisions.filter(pk=pk, enquiry__in=visible).first()


def foi_case(*, enquiry: Enquiry) -> FoiCase:
    """The FOI item's decision, cited exemptions and drafted letters (newest first)."""
    decision = FoiDecision.objects.filter(enquiry=enquiry).first()
    exemptions = list(decision.exemptions.order_by("pk")) if decision else []
    letters = list(enquiry.foi_letters.select_related("drafted_by"))
    return FoiCase(decision=decision, exemptions=exemptions, letters=letters)


def desk_summary(*, ccg_ids, now: datetime, since: datetime) -> dict[str, int]:
    """Counts only (no requester, no subject): fit for the governing body's dashboard. Open
    items are counted once each, by their most pressing deadline (overdue, then due soon), as
    the queue's state filter does; answered deadlines count each deadline met or missed."""
    items = Enquiry.objects.filter(ccg_id__in=ccg_ids, closed_at__isnull=True)
    open_deadlines = SlaDeadline.objects.filter(enquiry=OuterRef("pk"), answered_at__isnull=True)
    late = Exists(open_deadlines.filter(due_at__lt=now))
    soon = Exists(open_deadlines.filter(warn_at__lte=now, due_at__gte=now))
    counts = items.aggregate(
        open=Count("pk"),
        overdue=Count("pk", filter=Q(late)),
        due_soon=Count("pk", filter=Q(soon) & ~Q(late)),
    )
    answered = SlaDeadline.objects.filter(
        enquiry__ccg_id__in=ccg_ids, answered_at__gte=since, due_at__isnull=False
    )
    return {
        "overdue": counts["overdue"],
        "due_soon": counts["due_soon"],
        "on_track": counts["open"] - counts["overdue"] - counts["due_soon"],
        "met": answered.filter(answered_at__lte=F("due_at")).count(),
        "missed": answered.filter(answered_at__gt=F("due_at")).count(),
    }


def briefing_deadlines_between(*, ccg_ids, start: datetime, end: datetime) -> list[dict]:
    """Open parliamentary briefings whose full response falls due in the window, for the
    campaign calendar (one query)."""
    return list(
        SlaDeadline.objects.filter(
            enquiry__in=Enquiry.objects.for_ccgs(ccg_ids).filter(
                kind=Kind.BRIEFING, closed_at__isnull=True
            ),
            name=DeadlineName.RESPONSE,
            answered_at__isnull=True,
            due_at__gte=start,
            due_at__lt=end,
        )
        .order_by("due_at")
        .values("enquiry_id", "due_at", "enquiry__subject", "enquiry__ccg_id", "enquiry__ccg__name")
    )


# Figures for the KPI catalogue (reporting/kpis): aggregate queries over one CCG and a period,
# counts only, never a requester or a subject.


def deadlines_met(
    *, ccg_id: int, kind: str, name: str, since: datetime, before: datetime
) -> tuple[int, int]:
    """(met, answered): the `name` deadlines of `kind` items answered in [since, before)."""
    answered = SlaDeadline.objects.filter(
        enquiry__ccg_id=ccg_id,
        enquiry__kind=kind,
        name=name,
        due_at__isnull=False,
        answered_at__gte=since,
        answered_at__lt=before,
    )
    counts = answered.aggregate(
        met=Count("pk", filter=Q(answered_at__lte=F("due_at"))), answered=Count("pk")
    )
    return counts["met"], counts["answered"]


def response_hours_median(*, ccg_id: int, since: datetime, before: datetime) -> dict[str, float]:
    """Per kind, the median clock hours from receipt to full response, of the items responded
    to in [since, before). One query: the durations, then the medians in Python."""
    durations: dict[str, list[float]] = {}
    rows = Enquiry.objects.filter(
        ccg_id=ccg_id, responded_at__gte=since, responded_at__lt=before
    ).values_list("kind", "received_at", "responded_at")
    for kind, received, responded in rows.iterator():
        durations.setdefault(kind, []).append((responded - received).total_seconds() / 3600)
    return {kind: round(statistics.median(hours), 1) for kind, hours in durations.items()}


def items_open_at(*, ccg_id: int, at: datetime) -> tuple[dict[str, int], dict[str, int]]:
    """Items (not deadlines) open at the instant `at`, and of them those with a deadline passed
    and unanswered at `at`, per kind: ({kind: open}, {kind: overdue}). Two queries."""
    items = Enquiry.objects.filter(ccg_id=ccg_id, received_at__lt=at).filter(
        Q(closed_at__isnull=True) | Q(closed_at__gte=at)
    )
    late = SlaDeadline.objects.filter(enquiry=OuterRef("pk"), due_at__lt=at).filter(
        Q(answered_at__isnull=True) | Q(answered_at__gte=at)
    )
    by_kind = items.values("kind").annotate(n=Count("pk")).order_by("kind")
    overdue = items.filter(Exists(late)).values("kind").annotate(n=Count("pk")).order_by("kind")
    return {r["kind"]: r["n"] for r in by_kind}, {r["kind"]: r["n"] for r in overdue}


def enquiries_received_by(
    *, ccg_id: int, since: datetime, before: datetime, field: str, top: int | None = None
) -> dict[str, int]:
    """Items received in [since, before) counted by `field` (kind, category, requester_outlet),
    the largest first; with `top`, the rest are added up under "Other"."""
    rows = (
        Enquiry.objects.filter(ccg_id=ccg_id, received_at__gte=since, received_at__lt=before)
        .values(field)
        .annotate(n=Count("pk"))
        .order_by("-n", field)
    )
    counts = {(r[field] or "Not recorded"): r["n"] for r in rows}
    if top is None or len(counts) <= top:
        return counts
    kept = dict(list(counts.items())[:top])
    kept["Other"] = sum(counts.values()) - sum(kept.values())
    return kept


def coverage_by_tone(*, ccg_id: int, start: date, end: date) -> dict[str, int]:
    rows = (
        Coverage.objects.filter(ccg_id=ccg_id, published_on__range=(start, end))
        .values("tone")
        .annotate(n=Count("pk"))
    )
    return {r["tone"]: r["n"] for r in rows}


def press_releases_issued(*, ccg_id: int, start: date, end: date) -> dict[str, int]:
    """{"issued": n, "take_up": outlets that used them}."""
    totals = PressRelease.objects.filter(ccg_id=ccg_id, issued_on__range=(start, end)).aggregate(
        issued=Count("pk"), take_up=Sum("take_up")
    )
    return {"issued": totals["issued"], "take_up": totals["take_up"] or 0}
