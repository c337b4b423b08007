"""Reads of evaluation: campaigns with their measures and lessons, and the digital channel
figures with their change on the month before (one query, a window function)."""

import datetime
from dataclasses import dataclass

from django.db.models import F, QuerySet, Window
from django.db.models.functions import Lag

from accounts.scoping import Scope

from ..models import Campaign, CampaignLesson, CampaignMeasure, ChannelFigures


def campaign_measures(*, campaign: Campaign) -> QuerySet[CampaignMeasure]:
    return campaign.measures.all()


def campaign_lessons(*, campaign: Campaign) -> QuerySet[CampaignLesson]:
    return campaign.lessons.select_related("recorded_by")


@dataclass(frozen=True)
class Change:
    value: int | None
    previous: int | None

    @property
    def change(self) -> int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def percent(self) -> float | None:
        if self.change is None or not self.previous:
            return None
        return round(100 * self.change / self.previous, 1)


@dataclass(frozen=True)
class FiguresRow:
    figures: ChannelFigures
    changes: dict[str, Change]


def channel_figures_with_change(*, scope: Scope, channel: str = "") -> list[FiguresRow]:
    """Every month's figures, each with the same CCG and channel's month before it (the
    previous row held, which is the month before when none is missing)."""
    window = {"partition_by": [F("ccg_id"), F("channel")], "order_by": F("month").asc()}
    figures = ChannelFigures.objects.visible_to(scope).select_related("ccg")
    if channel:
        figures = figures.filter(channel=channel)
    figures = figures.annotate(
        previous_month=Window(Lag("month"), **window),
        **{f"previous_{name}": Window(Lag(name), **window) for name in ChannelFigures.FIGURES},
    ).order_by("-month", "ccg__name", "channel")
    rows = []
    for row in figures:
        consecutive = row.previous_month is not None and _month_before(row.month) == (
            row.previous_month
        )
        rows.append(
            FiguresRow(
                row,
                {
                    name: Change(
                        getattr(row, name),
                        getattr(row, f"previous_{name}") if consecutive else None,
                    )
                    for name in ChannelFigures.FIGURES
                },
            )
        )
    return rows


def _month_before(month):
    return (month.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def campaigns_to_evaluate(*, scope: Scope) -> QuerySet[Campaign]:
    return Campaign.objects.visible_to(scope).select_related("ccg").order_by("-starts_on", "name")
