"""FOI statistics for a set of periods (the quarters of a financial year, or a KPI's month):
requests received, answered within 20 working days, extended for the public interest test,
refused and the exemptions cited, internal reviews and what they found, referrals to the ICO.

Each figure counts an event in the period it happened: a request in the quarter it arrived, an
answer in the quarter it was sent, a review outcome in the quarter the review was completed.
Six queries whatever the number of periods or requests (one conditional count per period)."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Count, F, Q

from working_time import LONDON

from ..models import CitedExemption, Enquiry, FoiDecision, Kind, Outcome, SlaDeadline
from ..models.deadlines import DeadlineName

# "Refused" in the statistics: the whole request refused, by exemption or under s.14.
REFUSALS = (Outcome.REFUSED, Outcome.VEXATIOUS, Outcome.REPEATED)
NOT_RECORDED = ""
QUARTER_NAMES = ("April to June", "July to September", "October to December", "January to March")


@dataclass(frozen=True)
class StatsPeriod:
    label: str
    starts_at: datetime
    ends_before: datetime


@dataclass(frozen=True)
class FoiStatistics:
    period: StatsPeriod
    received: int = 0
    answered: int = 0
    answered_in_time: int = 0
    extended: int = 0
    refused: int = 0
    exemptions: dict[str, int] = field(default_factory=dict)  # section -> times cited
    reviews_requested: int = 0
    reviews_completed: int = 0
    review_outcomes: dict[str, int] = field(default_factory=dict)  # ReviewOutcome or ""
    ico_referrals: int = 0

    @property
    def percent_in_time(self) -> float | None:
        if not self.answered:
            return None
        return round(100 * self.answered_in_time / self.answered, 1)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LONDON)


def foi_financial_year_quarters(*, year: int) -> list[StatsPeriod]:
    """The four quarters of the financial year starting 1 April `year`, in UK time."""
    starts = [date(year, 4, 1), date(year, 7, 1), date(year, 10, 1), date(year + 1, 1, 1)]
    ends = [*starts[1:], date(year + 1, 4, 1)]
    return [
        StatsPeriod(f"Q{n} ({name} {s.year})", _midnight(s), _midnight(e))
        for n, (name, s, e) in enumerate(zip(QUARTER_NAMES, starts, ends, strict=True), start=1)
    ]


def _within(name: str, period: StatsPeriod) -> Q:
    return Q(**{f"{name}__gte": period.starts_at, f"{name}__lt": period.ends_before})


def _per_period(queryset, periods, **counts: tuple[str, Q]) -> list[dict[str, int]]:
    """One aggregate: for each period and each count, Count(pk) of the rows whose `field`
    falls in the period and which match the extra condition."""
    aggregates = {
        f"{key}_{i}": Count("pk", filter=_within(name, period) & extra)
        for i, period in enumerate(periods)
        for key, (name, extra) in counts.items()
    }
    row = queryset.aggregate(**aggregates)
    return [{key: row[f"{key}_{i}"] for key in counts} for i in range(len(periods))]


def _breakdown(queryset, group: str, name: str, periods) -> list[dict[str, int]]:
    """Per period, {value of `group`: count of rows whose `name` falls in the period}."""
    per_period = {f"n_{i}": Count("pk", filter=_within(name, p)) for i, p in enumerate(periods)}
    found: list[dict[str, int]] = [{} for _ in periods]
    for row in queryset.values(group).annotate(**per_period).order_by(group):
        for i in range(len(periods)):
            if row[f"n_{i}"]:
                found[i][row[group] or NOT_RECORDED] = row[f"n_{i}"]
    return found


def _requests(ccg_ids: Sequence[int]):
    return Enquiry.objects.filter(kind=Kind.FOI, ccg_id__in=ccg_ids)


def foi_decision_counts(*, ccg_ids: Sequence[int], periods: Sequence[StatsPeriod]):
    """Per period: extended for the public interest test, refused, referred to the ICO."""
    return _per_period(
        FoiDecision.objects.filter(enquiry__in=_requests(ccg_ids)),
        periods,
        extended=("extension_requested_at", Q()),
        refused=("decided_at", Q(outcome__in=REFUSALS)),
        ico_referrals=("referred_to_ico_at", Q()),
    )


def foi_exemptions_cited(*, ccg_ids: Sequence[int], periods: Sequence[StatsPeriod]):
    """Per period, {section: times cited} in the decisions made in it."""
    cited = CitedExemption.objects.filter(decision__enquiry__in=_requests(ccg_ids))
    return _breakdown(cited, "section", "decision__decided_at", periods)


def foi_review_counts(*, ccg_ids: Sequence[int], periods: Sequence[StatsPeriod]):
    """Per period: internal reviews requested and completed, and the completed ones by
    outcome ({ReviewOutcome or "" when not recorded: n})."""
    requests = _requests(ccg_ids)
    counts = _per_period(
        requests,
        periods,
        reviews_requested=("review_requested_at", Q()),
        reviews_completed=("review_completed_at", Q()),
    )
    reviewed = requests.filter(review_completed_at__isnull=False)
    outcomes = _breakdown(reviewed, "foi_decision__review_outcome", "review_completed_at", periods)
    return [{**c, "review_outcomes": o} for c, o in zip(counts, outcomes, strict=True)]


def foi_statistics(*, ccg_ids: Sequence[int], periods: Sequence[StatsPeriod]):
    """The FOI figures of the CCGs together, one `FoiStatistics` per period."""
    requests = _requests(ccg_ids)
    received = _per_period(requests, periods, received=("received_at", Q()))
    answers = _per_period(
        SlaDeadline.objects.filter(
            enquiry__in=requests, name=DeadlineName.RESPONSE, due_at__isnull=False
        ),
        periods,
        answered=("answered_at", Q()),
        answered_in_time=("answered_at", Q(answered_at__lte=F("due_at"))),
    )
    decisions = foi_decision_counts(ccg_ids=ccg_ids, periods=periods)
    exemptions = foi_exemptions_cited(ccg_ids=ccg_ids, periods=periods)
    reviews = foi_review_counts(ccg_ids=ccg_ids, periods=periods)
    return [
        FoiStatistics(
            period=period,
            **received[i],
            **answers[i],
            **decisions[i],
            **reviews[i],
            exemptions=exemptions[i],
        )
        for i, period in enumerate(periods)
    ]
