"""The annual engagement report (s.14Z11): how the CCG involved people in one financial year.

One function gathers everything the web page, the DOCX and the PDF show, in a dozen queries
whatever the size of the year. It reads one CCG through `for_ccgs`: the job acts for a CCG, the
view checks the user's scope before calling it. Only published "we did" text and published
consultation reports are quoted: the documents are made to be published."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Q, Sum
from django.utils import timezone

from accounts.models import Ccg

from ..models import (
    CHARACTERISTICS,
    ActivityKind,
    ChecklistItem,
    Consultation,
    EqualityCount,
    Event,
    Feedback,
    Response,
    ResponseStatus,
    Sentiment,
    category_label,
)
from ..periods import Period, financial_year
from .reach import CcgReach, reach_for_ccgs

EXAMPLES = 25


@dataclass(frozen=True)
class ThemeRow:
    name: str
    feedback: int
    sentiments: dict[str, int]


@dataclass(frozen=True)
class ConsultationRow:
    title: str
    opens_on: date
    closes_on: date
    length: str
    shortened_reason: str
    checks_done: int
    checks_total: int
    decision_maker: str
    decision_on: date | None
    changed: str  # from the published report only
    published: bool
    report_due_on: date | None


@dataclass
class AnnualReport:
    ccg_name: str
    year: int
    period: Period
    totals: dict[str, int] = field(default_factory=dict)
    activities: list[tuple[str, int, int]] = field(default_factory=list)
    locality_names: list[str] = field(default_factory=list)
    activity_matrix: list[tuple[str, list[int]]] = field(default_factory=list)
    reach: CcgReach | None = None
    seldom_heard: list[tuple[str, int]] = field(default_factory=list)
    equality: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)
    themes: list[ThemeRow] = field(default_factory=list)
    outcomes: list[tuple[str, int]] = field(default_factory=list)
    examples: list[tuple[str, str, str]] = field(default_factory=list)
    consultations: list[ConsultationRow] = field(default_factory=list)

    @property
    def year_label(self) -> str:
        return self.period.describe()


def _activities(report: AnnualReport, events) -> None:
    rows = events.values("kind", "locality__name").annotate(n=Count("pk"), people=Sum("attendance"))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matrix: dict[str, dict[str | None, int]] = defaultdict(dict)
    for row in rows:
        by_kind[row["kind"]][0] += row["n"]
        by_kind[row["kind"]][1] += row["people"] or 0
        matrix[row["kind"]][row["locality__name"]] = row["n"]
    labels = dict(ActivityKind.choices)
    kinds = [k for k in ActivityKind.values if k in by_kind]
    report.activities = [(labels[k], *by_kind[k]) for k in kinds]
    names = sorted({name for m in matrix.values() for name in m if name})
    has_none = any(None in m for m in matrix.values())
    report.locality_names = names + (["No locality"] if has_none else [])
    columns = names + ([None] if has_none else [])
    report.activity_matrix = [(labels[k], [matrix[k].get(c, 0) for c in columns]) for k in kinds]
    report.totals["events"] = sum(v[0] for v in by_kind.values())
    report.totals["people_reached"] = sum(v[1] for v in by_kind.values())


def _reached_groups(report: AnnualReport, events) -> None:
    through = Event.seldom_heard_reached.through.objects.filter(event__in=events.values("pk"))
    rows = through.values("segment__name").annotate(n=Count("event", distinct=True))
    report.seldom_heard = sorted(((r["segment__name"], r["n"]) for r in rows), key=lambda r: -r[1])
    counts = (
        EqualityCount.objects.filter(event__in=events.values("pk"))
        .values("characteristic", "category")
        .annotate(n=Sum("count"))
    )
    totals: dict[str, dict[str, int]] = defaultdict(dict)
    for row in counts:
        totals[row["characteristic"]][row["category"]] = row["n"]
    report.equality = [
        (label, [(category_label(code, c), totals[code][c]) for c, _ in cats if c in totals[code]])
        for code, (label, cats) in CHARACTERISTICS.items()
        if code in totals
    ]


def _heard(report: AnnualReport, ccg_ids, period: Period) -> None:
    feedback = Feedback.objects.for_ccgs(ccg_ids).filter(
        received_on__gte=period.start, received_on__lte=period.end
    )
    report.totals["feedback"] = feedback.count()
    rows = (
        feedback.filter(themes__isnull=False)
        .values("themes__name", "sentiment")
        .annotate(n=Count("pk", distinct=True))
    )
    themes: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        themes[row["themes__name"]][row["sentiment"]] = row["n"]
    labels = dict(Sentiment.choices)
    report.themes = sorted(
        (
            ThemeRow(name, sum(s.values()), {labels[k]: v for k, v in s.items()})
            for name, s in themes.items()
        ),
        key=lambda t: (-t.feedback, t.name),
    )


def _outcomes(report: AnnualReport, ccg_ids, period: Period) -> None:
    responses = Response.objects.for_ccgs(ccg_ids).filter(
        heard_on__gte=period.start, heard_on__lte=period.end
    )
    counts = dict(responses.values_list("status").annotate(n=Count("pk")))
    report.outcomes = [(label, counts.get(value, 0)) for value, label in ResponseStatus.choices]
    report.totals["responses"] = sum(counts.values())
    published = responses.filter(published_at__isnull=False).order_by("-published_at")
    report.totals["published"] = published.count()
    report.examples = [
        (row[0], row[1], dict(ResponseStatus.choices).get(row[2], ""))
        for row in published.values_list(
            "published_you_said", "published_we_did", "published_status"
        )[:EXAMPLES]
    ]
    report.totals["told"] = (
        Feedback.objects.for_ccgs(ccg_ids)
        .filter(fed_back_on__gte=period.start, fed_back_on__lte=period.end)
        .count()
    )


def _consultations(report: AnnualReport, ccg_ids, period: Period) -> None:
    consultations = (
        Consultation.objects.for_ccgs(ccg_ids)
        .filter(opens_on__lte=period.end, closes_on__gte=period.start)
        .annotate(done=Count("checks", filter=Q(checks__done_on__isnull=False)))
        .order_by("opens_on", "pk")
    )
    report.consultations = [
        ConsultationRow(
            title=c.title,
            opens_on=c.opens_on,
            closes_on=c.closes_on,
            length=c.length_display,
            shortened_reason=c.shortened_reason if c.is_shortened else "",
            checks_done=c.done,
            checks_total=len(ChecklistItem),
            decision_maker=c.published_report.get("decision_maker", c.decision_maker),
            decision_on=c.decision_on,
            changed=c.published_report.get("changed", ""),
            published=c.is_published,
            report_due_on=c.report_due_on,
        )
        for c in consultations
    ]
    report.totals["consultations"] = len(report.consultations)


def annual_report(*, ccg: Ccg, year: int) -> AnnualReport:
    period = financial_year(year)
    ccg_ids = [ccg.pk]
    report = AnnualReport(ccg_name=ccg.name, year=year, period=period)
    events = Event.objects.for_ccgs(ccg_ids).filter(
        starts_at__gte=period.starts_at, starts_at__lt=min(period.ends_before, timezone.now())
    )  # the activities held: an event still to come reached nobody yet
    _activities(report, events)
    report.reach = reach_for_ccgs(ccg_ids=ccg_ids, period=period)[0]
    _reached_groups(report, events)
    _heard(report, ccg_ids, period)
    _outcomes(report, ccg_ids, period)
    _consultations(report, ccg_ids, period)
    return report
