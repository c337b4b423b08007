"""The campaign calendar's KPIs register here (the one place to add them), from
`campaigns.selectors` only, with `group="Campaigns"`. For example:

    @register(
        key="campaigns_red", name="Campaigns rated red", unit=Unit.COUNT,
        direction=Direction.DOWN, group="Campaigns",
        definition="Campaigns running at the end of the period whose RAG rating is red.",
    )
    def campaigns_red(*, ccg_id: int, period: Period) -> KpiValue:
        return KpiValue.counts(campaigns_by_rag(ccg_id=ccg_id, on=period.end))

Planned (issue 13): campaigns by RAG, action items overdue, content published by channel,
digital channel figures with month-on-month change, press release take-up."""

from .catalogue import Direction, KpiValue, Period, Unit, register  # noqa: F401
