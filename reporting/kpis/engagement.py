"""Engagement's KPIs: events and people reached against target per locality, seldom-heard
groups, equality monitoring, "you said, we did" and consultations. Through engagement.selectors."""

from engagement.models import CHARACTERISTICS
from engagement.selectors import figures, reach_for_ccgs

from .catalogue import Direction, KpiValue, Period, Unit, register

GROUP = "Engagement"


def _held(ccg_id: int, period: Period) -> dict[str, dict[str, int]]:
    return figures.events_held_by_locality(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
    )


@register(
    key="engagement_events",
    name="Engagement events held",
    definition="Engagement events and activities that took place in the period, per locality.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def engagement_events(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts({place: row["events"] for place, row in _held(ccg_id, period).items()})


@register(
    key="people_reached",
    name="People reached",
    definition="Attendance recorded at the engagement events held in the period, per locality.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def people_reached(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts({place: row["reached"] for place, row in _held(ccg_id, period).items()})


@register(
    key="reach_against_target",
    name="People reached against the year's target",
    definition="People reached at events since 1 April, as a share of the year's reach target "
    "(each locality's population times its target, Thurrock's 0.5%), per locality.",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
    headline=True,
)
def reach_against_target(*, ccg_id: int, period: Period) -> KpiValue:
    year_to_date = Period(period.financial_year_start, period.end)
    (reach,) = reach_for_ccgs(ccg_ids=[ccg_id], period=year_to_date)
    per_locality = {row.name: row.percent_of_target for row in reach.localities}
    return KpiValue.share(reach.total.reached, reach.total.target, breakdown=per_locality)


@register(
    key="seldom_heard_reached",
    name="Seldom-heard groups reached",
    definition="How many of the register's seldom-heard groups the events held in the period "
    "reached, with the number of events that reached each.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def seldom_heard_reached(*, ccg_id: int, period: Period) -> KpiValue:
    groups = figures.seldom_heard_reached(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
    )
    return KpiValue(len(groups), groups)


@register(
    key="equality_returns",
    name="Equality monitoring returns",
    definition="People who returned an equality monitoring form at the events held in the "
    "period, with the answers given for each protected characteristic.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def equality_returns(*, ccg_id: int, period: Period) -> KpiValue:
    returns, answers = figures.equality_returns(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
    )
    labelled = {label: answers.get(code, 0) for code, (label, _) in CHARACTERISTICS.items()}
    return KpiValue(returns, labelled)


@register(
    key="you_said_by_theme",
    name='"You said": feedback heard, by theme',
    definition="Feedback items heard in the period, with how many touched each theme (an item "
    "may touch several themes or none).",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def you_said_by_theme(*, ccg_id: int, period: Period) -> KpiValue:
    total, themes = figures.feedback_by_theme(ccg_id=ccg_id, start=period.start, end=period.end)
    return KpiValue(total, themes)


def _responses(ccg_id: int, period: Period) -> dict[str, int]:
    return figures.responses_figures(
        ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
    )


@register(
    key="we_did_done",
    name='"We did": responses done',
    definition='"We did" responses marked done in the period.',
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def we_did_done(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_responses(ccg_id, period)["done"])


@register(
    key="we_did_published",
    name='"We did": responses published',
    definition='"We did" responses published on the public pages in the period.',
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def we_did_published(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_responses(ccg_id, period)["published"])


@register(
    key="we_did_overdue",
    name='"We did": responses overdue',
    definition='"We did" responses past their due date and not completed at the end of the '
    "period (due 20 working days after the feedback by default).",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
    headline=True,
)
def we_did_overdue(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_responses(ccg_id, period)["overdue"])


@register(
    key="consultations_open",
    name="Consultations open",
    definition="Formal consultations open on the last day of the period.",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def consultations_open(*, ccg_id: int, period: Period) -> KpiValue:
    open_count, _ = figures.consultations_open(ccg_id=ccg_id, on=period.end)
    return KpiValue(open_count)


@register(
    key="consultations_checklist_complete",
    name="Open consultations with the statutory checklist up to date",
    definition="Of the consultations open on the last day of the period, the share with every "
    "statutory checklist item due so far recorded as done (the items that follow the closing "
    "date are not yet due).",
    unit=Unit.PERCENT,
    direction=Direction.UP,
    group=GROUP,
)
def consultations_checklist_complete(*, ccg_id: int, period: Period) -> KpiValue:
    open_count, complete = figures.consultations_open(ccg_id=ccg_id, on=period.end)
    return KpiValue.share(complete, open_count)
