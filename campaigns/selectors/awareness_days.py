"""Reads of awareness days: each CCG's own, the national list, the national days each CCG
plans around, and their dates in any window (a day recurs yearly)."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from accounts.scoping import Scope

from ..models import AwarenessDay, AwarenessDayChoice, NationalAwarenessDay


def awareness_day_list(*, scope: Scope, year: int | None = None) -> QuerySet[AwarenessDay]:
    days = AwarenessDay.objects.visible_to(scope).select_related("ccg")
    return days.filter(starts_on__year=year) if year else days


def awareness_days_upcoming(*, ccg_ids, today: datetime.date, within_days: int = 60):
    return AwarenessDay.objects.for_ccgs(ccg_ids).filter(
        ends_on__gte=today, starts_on__lte=today + datetime.timedelta(days=within_days)
    )


def national_day_list(*, year: int) -> list[NationalAwarenessDay]:
    """The national days of `year`: imported for that year, or last year's on the same dates."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    rows = NationalAwarenessDay.objects.filter(starts_on__lte=end).order_by("starts_on")
    return sorted(_projected(list(rows), start, end), key=lambda d: (d.starts_on, d.name))


def national_day_choices(*, ccg_id: int) -> set[str]:
    return set(AwarenessDayChoice.objects.for_ccgs([ccg_id]).values_list("name", flat=True))


@dataclass(frozen=True)
class DayOccurrence:
    name: str
    starts_on: datetime.date
    ends_on: datetime.date
    link: str
    ccg_names: tuple[str, ...]  # who plans around it
    national: bool


def _moved(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _recurrences(day, start: datetime.date, end: datetime.date):
    """`day` in each year from its own to the window's end, on the same dates."""
    for year in range(max(day.starts_on.year, start.year - 1), end.year + 1):
        shift = year - day.starts_on.year
        yield _moved(day.starts_on, shift), _moved(day.ends_on, shift)


def _projected(rows, start: datetime.date, end: datetime.date):
    """National rows (sorted by start) as dated in each year of the window: the row imported
    for that year, else the latest earlier year's on the same dates."""
    by_name = defaultdict(list)
    for row in rows:
        by_name[row.name].append(row)
    for versions in by_name.values():
        dated = {row.starts_on.year: row for row in versions}
        for year in range(start.year - 1, end.year + 1):
            row = dated.get(year)
            if row is None:
                earlier = [r for r in versions if r.starts_on.year < year]
                if not earlier:
                    continue
                last = earlier[-1]
                shift = year - last.starts_on.year
                row = NationalAwarenessDay(
                    name=last.name,
                    starts_on=_moved(last.starts_on, shift),
                    ends_on=_moved(last.ends_on, shift),
                    theme=last.theme,
                    link=last.link,
                )
            if row.starts_on <= end and row.ends_on >= start:
                yield row


def awareness_day_occurrences(
    *, ccg_ids, start: datetime.date, end: datetime.date
) -> list[DayOccurrence]:
    """Every awareness day the CCGs plan around between `start` and `end`: their own days
    (yearly ones in each year) and the national days they chose. Three queries, whatever the
    window or the years of data."""
    ccg_ids = list(ccg_ids)
    found: list[DayOccurrence] = []
    local = (
        AwarenessDay.objects.for_ccgs(ccg_ids)
        .filter(Q(starts_on__lte=end), Q(ends_on__gte=start) | Q(recurs_yearly=True))
        .select_related("ccg")
    )
    for day in local:
        dates = (
            _recurrences(day, start, end) if day.recurs_yearly else [(day.starts_on, day.ends_on)]
        )
        for first, last in dates:
            if first <= end and last >= start:
                found.append(DayOccurrence(day.name, first, last, day.link, (day.ccg.name,), False))
    chosen = defaultdict(list)
    for name, ccg_name in (
        AwarenessDayChoice.objects.for_ccgs(ccg_ids)
        .order_by("ccg__name")
        .values_list("name", "ccg__name")
    ):
        chosen[name].append(ccg_name)
    if chosen:
        rows = NationalAwarenessDay.objects.filter(name__in=chosen, starts_on__lte=end).order_by(
            "starts_on"
        )
        for row in _projected(list(rows), start, end):
            found.append(
                DayOccurrence(
                    row.name, row.starts_on, row.ends_on, row.link, tuple(chosen[row.name]), True
                )
            )
    return sorted(found, key=lambda d: (d.starts_on, d.name))
