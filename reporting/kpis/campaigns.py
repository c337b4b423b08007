"""The campaign calendar's KPIs (the one place to add them), from `campaigns.selectors` only:
campaigns by RAG, action items overdue, content published by channel, followers on the digital
channels (the dashboard shows each one's change on the month before)."""

from campaigns.selectors import figures

from .catalogue import Direction, KpiValue, Period, Unit, register

GROUP = "Campaigns"


@register(
    key="campaigns_by_rag",
    name="Campaigns by RAG rating",
    definition="Campaigns of the CCG (led or shared with it) running at the end of the period, "
    "by their RAG rating (green, amber, red).",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def campaigns_by_rag(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(figures.campaigns_by_rag(ccg_id=ccg_id, on=period.end))


@register(
    key="action_items_overdue",
    name="Action items overdue",
    definition="Action items not done whose target date had passed at the end of the period, "
    "for campaigns and for the CCG's communications and engagement action plan.",
    unit=Unit.COUNT,
    direction=Direction.DOWN,
    group=GROUP,
    headline=True,
)
def action_items_overdue(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(figures.actions_overdue(ccg_id=ccg_id, on=period.end))


@register(
    key="content_published",
    name="Content published by channel",
    definition="Content items marked published in the period, by channel (press releases "
    "among them).",
    unit=Unit.COUNT,
    direction=Direction.NEITHER,
    group=GROUP,
)
def content_published(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(
        figures.content_published_by_channel(
            ccg_id=ccg_id, since=period.starts_at, before=period.ends_before
        )
    )


@register(
    key="digital_followers",
    name="Followers and subscribers on digital channels",
    definition="Followers (and e-newsletter subscribers) recorded for the period's month, by "
    "channel; the dashboard shows the change on the month before.",
    unit=Unit.COUNT,
    direction=Direction.UP,
    group=GROUP,
)
def digital_followers(*, ccg_id: int, period: Period) -> KpiValue:
    return KpiValue.counts(figures.followers_by_channel(ccg_id=ccg_id, month=period.end))
