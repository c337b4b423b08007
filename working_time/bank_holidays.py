"""UK bank holidays per nation, from the `holidays` package (never a hand-typed list).

The package already applies substitute ("observed") days, e.g. 27/28 Dec 2021 and
28 Dec 2026, and one-off holidays such as 19 Sep 2022. Lookups are cached per
nation and year because deadline and SLA calculations call them in tight loops.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

# The `holidays` subdivision codes for each UK nation.
NATION_SUBDIVISIONS: dict[str, str] = {
    "England": "ENG",
    "Wales": "WLS",
    "Scotland": "SCT",
    "Northern Ireland": "NIR",
}
NATIONS: tuple[str, ...] = tuple(NATION_SUBDIVISIONS)


@lru_cache(maxsize=512)
def _holidays_in_year(subdivision: str, year: int) -> dict[date, tuple[str, ...]]:
    table = holidays.country_holidays("GB", subdiv=subdivision, years=year)
    return {day: tuple(table.get_list(day)) for day in table}


def holiday_names(day: date, nation: str) -> tuple[str, ...]:
    """Names of the bank holidays on `day` in `nation` (empty when it is not one)."""
    return _holidays_in_year(NATION_SUBDIVISIONS[nation], day.year).get(day, ())


def is_bank_holiday(day: date, nations: Iterable[str]) -> bool:
    return any(holiday_names(day, nation) for nation in nations)


def describe_bank_holiday(day: date, nations: Iterable[str]) -> str | None:
    """'bank holiday: Christmas Day (England)', naming the nations where it applies."""
    where: dict[str, list[str]] = {}
    for nation in nations:
        for name in holiday_names(day, nation):
            where.setdefault(name, []).append(nation)
    if not where:
        return None
    return "bank holiday: " + "; ".join(
        f"{name} ({_nations_label(found)})" for name, found in where.items()
    )


def _nations_label(found: list[str]) -> str:
    return "all UK nations" if len(found) == len(NATIONS) else ", ".join(found)
