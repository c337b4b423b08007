"""The stakeholder register's KPIs: stakeholders by quadrant, list subscribers and consent."""

from stakeholders.models import Quadrant
from stakeholders.selectors import figures

from .catalogue import Direction, KpiValue, Period, Unit, register

GROUP = "Stakeholders"


@register(
    key="stakeholders_by_quadrant",
    name="Stakeholders by quadrant",
    definition="Contacts in the register at the end of the period with interest and influence "
    "scored, by quadrant of the stakeholder map (manage closely, keep satisfied, keep "
    "informed, monitor).",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def stakeholders_by_quadrant(*, ccg_id: int, period: Period) -> KpiValue:
    counts = figures.contacts_by_quadrant(ccg_id=ccg_id, at=period.ends_before)
    return KpiValue.counts({q.label: counts[q.value] for q in Quadrant})


def _subscriptions(ccg_id: int, period: Period) -> dict[str, int]:
    return figures.subscription_figures(ccg_id=ccg_id, start=period.start, end=period.end)


@register(
    key="list_subscribers",
    name="Distribution list subscribers",
    definition="Subscriptions to the CCG's distribution lists active at the end of the period "
    "(a person on two lists counts twice).",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
    headline=True,
)
def list_subscribers(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_subscriptions(ccg_id, period)["active"])


@register(
    key="list_new_consents",
    name="New consents to distribution lists",
    definition="Subscriptions made in the period on the basis of the person's consent.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def list_new_consents(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_subscriptions(ccg_id, period)["new_consents"])


@register(
    key="list_withdrawals",
    name="Withdrawals from distribution lists",
    definition="Subscriptions withdrawn in the period (unsubscribed, consent not renewed, "
    "bounced, left their role, erased).",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
)
def list_withdrawals(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue(_subscriptions(ccg_id, period)["withdrawals"])
