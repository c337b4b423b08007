"""The media desk's KPIs: answered within target, time to respond, open and overdue items,
what comes in, coverage and press releases. Read through media_desk.selectors only."""

from media_desk import selectors
from media_desk.models import Category, Kind, ReviewOutcome, Tone

from .catalogue import Direction, KpiValue, Period, Unit, register

GROUP = "Media desk"
KIND_LABELS = dict(Kind.choices)
CATEGORY_LABELS = dict(Category.choices)
TONE_LABELS = dict(Tone.choices)
REVIEW_LABELS = {**dict(ReviewOutcome.choices), "": "Outcome not recorded"}


def _labelled(counts: dict[str, int], labels: dict[str, str]) -> dict[str, int]:
    return {labels.get(code, code): n for code, n in counts.items()}


def _within_target(ccg_id: int, period: Period, kind: str, name: str) -> KpiValue:
    met, answered = selectors.deadlines_met(
        ccg_id=ccg_id, kind=kind, name=name, since=period.starts_at, before=period.ends_before
    )
    return KpiValue.share(met, answered)


@register(
    key="media_answered_in_target",
    name="Media enquiries answered within target",
    definition="Of the media enquiries given their full response in the period, the share "
    "answered by their deadline (the CCG's SLA, in working time).",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
    headline=True,
)
def media_answered_in_target(*, ccg_id: int, period: Period) -> KpiValue:
    return _within_target(ccg_id, period, Kind.MEDIA, "response")


@register(
    key="mp_holding_in_target",
    name="MP letters: holding replies within target",
    definition="Of the MP and councillor letters given a holding reply in the period, the share "
    "sent by the holding-reply deadline.",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
)
def mp_holding_in_target(*, ccg_id: int, period: Period) -> KpiValue:
    return _within_target(ccg_id, period, Kind.MP, "holding")


@register(
    key="mp_response_in_target",
    name="MP letters: full responses within target",
    definition="Of the MP and councillor letters given their full response in the period, the "
    "share sent by the deadline.",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
    headline=True,
)
def mp_response_in_target(*, ccg_id: int, period: Period) -> KpiValue:
    return _within_target(ccg_id, period, Kind.MP, "response")


@register(
    key="foi_in_20_working_days",
    name="FOI requests answered within 20 working days",
    definition="Of the FOI requests answered in the period, the share answered within 20 "
    "working days of receipt (FOI Act s.10, clock stops for clarification and fees included).",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
    headline=True,
)
def foi_in_20_working_days(*, ccg_id: int, period: Period) -> KpiValue:
    return _within_target(ccg_id, period, Kind.FOI, "response")


def _foi_periods(period: Period) -> list:
    return [selectors.StatsPeriod(str(period), period.starts_at, period.ends_before)]


def _foi_decisions(ccg_id: int, period: Period) -> dict[str, int]:
    return selectors.foi_decision_counts(ccg_ids=[ccg_id], periods=_foi_periods(period))[0]


@register(
    key="foi_extended",
    name="FOI requests extended for the public interest test",
    definition="FOI requests whose response deadline was extended in the period to consider "
    "the public interest in a qualified exemption (FOI Act s.10(3)).",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
)
def foi_extended(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_foi_decisions(ccg_id, period)["extended"])


@register(
    key="foi_refused",
    name="FOI requests refused",
    definition="FOI requests refused in full in the period (under an exemption, or as "
    "vexatious or repeated), with the exemptions cited in the period's decisions by section.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def foi_refused(*, ccg_id: int, period: Period) -> KpiValue:
    cited = selectors.foi_exemptions_cited(ccg_ids=[ccg_id], periods=_foi_periods(period))[0]
    breakdown = {f"s.{section}": n for section, n in cited.items()}
    return KpiValue(_foi_decisions(ccg_id, period)["refused"], breakdown)


@register(
    key="foi_internal_reviews",
    name="FOI internal reviews",
    definition="Internal reviews of FOI responses requested in the period, with the reviews "
    "completed in the period by outcome: upheld, partly upheld or overturned.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def foi_internal_reviews(*, ccg_id: int, period: Period) -> KpiValue:
    reviews = selectors.foi_review_counts(ccg_ids=[ccg_id], periods=_foi_periods(period))[0]
    breakdown = {"Completed": reviews["reviews_completed"]}
    breakdown |= {REVIEW_LABELS[o]: n for o, n in reviews["review_outcomes"].items()}
    return KpiValue(reviews["reviews_requested"], breakdown)


@register(
    key="foi_ico_referrals",
    name="FOI requests referred to the ICO",
    definition="FOI requests the requester took to the Information Commissioner's Office in "
    "the period (after the internal review).",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
)
def foi_ico_referrals(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_foi_decisions(ccg_id, period)["ico_referrals"])


@register(
    key="response_hours_median",
    name="Median time to respond",
    definition="The median clock hours from receipt to full response of the items responded to "
    "in the period, for each kind of item; the headline figure is media enquiries'.",
    unit=Unit.HOURS,
    direction=Direction.DOWN,
    group=GROUP,
)
def response_hours_median(*, ccg_id: int, period: Period) -> KpiValue:
    medians = selectors.response_hours_median(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
    )
    return KpiValue(medians.get(Kind.MEDIA), _labelled(medians, KIND_LABELS))


@register(
    key="items_open",
    name="Open items",
    definition="Enquiries, MP letters, briefings and FOI requests not yet closed at the end of "
    "the period, each item counted once, by kind.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def items_open(*, ccg_id: int, period: Period) -> KpiValue:
    open_items, _ = selectors.items_open_at(ccg_id=ccg_id, at=period.ends_before)
    return KpiValue.counts(_labelled(open_items, KIND_LABELS))


@register(
    key="items_overdue",
    name="Overdue items",
    definition="Open items with a deadline passed and not met at the end of the period, each "
    "item counted once however many of its deadlines have passed, by kind.",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
    headline=True,
)
def items_overdue(*, ccg_id: int, period: Period) -> KpiValue:
    _, overdue = selectors.items_open_at(ccg_id=ccg_id, at=period.ends_before)
    return KpiValue.counts(_labelled(overdue, KIND_LABELS))


def _received(ccg_id: int, period: Period, field: str, top: int | None = None) -> dict[str, int]:
    return selectors.enquiries_received_by(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before, field=field, top=top
    )


@register(
    key="enquiries_by_kind",
    name="Items received, by kind",
    definition="Media enquiries, MP letters, parliamentary briefings and FOI requests received "
    "in the period.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def enquiries_by_kind(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(_labelled(_received(ccg_id, period, "kind"), KIND_LABELS))


@register(
    key="enquiries_by_category",
    name="Items received, by category",
    definition="Items received in the period by their category (crisis categories included).",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def enquiries_by_category(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(_labelled(_received(ccg_id, period, "category"), CATEGORY_LABELS))


@register(
    key="enquiries_by_outlet",
    name="Items received, by outlet",
    definition="Items received in the period by the outlet or organisation that asked: the ten "
    "that asked most, the rest together as Other.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def enquiries_by_outlet(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(_received(ccg_id, period, "requester_outlet", top=10))


@register(
    key="coverage_positive",
    name="Coverage by tone",
    definition="Share of the press coverage published in the period that was positive, with "
    "the number of pieces by tone.",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
)
def coverage_positive(*, ccg_id: int, period: Period) -> KpiValue:
    tones = selectors.coverage_by_tone(ccg_id=ccg_id, start=period.start, end=period.end)
    breakdown = {TONE_LABELS[t]: tones.get(t, 0) for t in Tone.values}
    return KpiValue.share(tones.get(Tone.POSITIVE, 0), sum(tones.values()), breakdown=breakdown)


@register(
    key="press_releases",
    name="Press releases issued",
    definition="Press releases issued in the period, and how many outlets used them.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def press_releases(*, ccg_id: int, period: Period) -> KpiValue:
    issued = selectors.press_releases_issued(ccg_id=ccg_id, start=period.start, end=period.end)
    breakdown = {"Outlets that used them": issued["take_up"]}
    return KpiValue(issued["issued"], breakdown)
