"""Changes to working calendars, and the job that moves the open deadlines they touch.

An administrator's save or delete of a closure day, a CCG's working hours or an extra bank
holiday calls one of the services here; the check job compares each nation's bank holidays
with their stored fingerprint (a new `holidays` release). Each records a `CalendarChange` and
queues `calendar_change_apply` after the commit. Registers whose deadlines count working time
(the media desk) register a listener that recomputes what the change touches; accounts knows
nothing of them (docs/adr/0018)."""

import datetime
import hashlib
import json
import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone

from core.queueing import enqueue_on_commit
from working_time import NATIONS
from working_time.bank_holidays import holiday_names

from .calendars import extra_bank_holidays
from .models import BankHolidayFingerprint, CalendarChange, Ccg, ClosureDay, ExtraBankHoliday

logger = logging.getLogger(__name__)
YEARS_AHEAD = 2  # this year and the next two: the longest open deadline is well inside

Listener = Callable[[CalendarChange], int]
_LISTENERS: dict[str, Listener] = {}


def calendar_change_listener_register(*, name: str, listener: Listener) -> None:
    """`listener(change)` recomputes what the change touches and says how many it moved."""
    _LISTENERS[name] = listener


def calendar_change_record(
    *, because: str, ccg: Ccg | None = None, nations: Iterable[str] = (), dates=()
) -> CalendarChange:
    change = CalendarChange.objects.create(
        ccg=ccg,
        nations=sorted(set(nations)),
        dates=sorted({day.isoformat() for day in dates}),
        because=because[:300],
    )
    from .tasks import calendar_change_apply_task  # the task module imports this one

    enqueue_on_commit(calendar_change_apply_task, change_id=change.pk)
    return change


def calendar_change_apply(*, change_id: int) -> int:
    """Every listener recomputes what the change touches; safe to run again (a deadline that
    has already moved does not move twice). How many deadlines moved."""
    change = CalendarChange.objects.select_related("ccg").get(pk=change_id)
    moved = sum(listener(change) for listener in _LISTENERS.values())
    CalendarChange.objects.filter(pk=change.pk).update(applied_at=timezone.now())
    return moved


def calendar_changes_apply_unapplied() -> int:
    """The sweep: changes whose job the broker lost or whose worker died."""
    waiting = CalendarChange.objects.filter(applied_at__isnull=True)
    ids = list(waiting.order_by("created_at").values_list("pk", flat=True)[:100])
    return sum(calendar_change_apply(change_id=pk) for pk in ids)


# What administrators change.


def closure_day_saved(*, day: ClosureDay, before: ClosureDay | None) -> None:
    if before is None:
        calendar_change_record(
            ccg=day.ccg, dates=[day.date], because=f"closure day '{day.reason}' added"
        )
    elif before.date != day.date or before.ccg_id != day.ccg_id:
        closure_day_deleted(day=before)
        closure_day_saved(day=day, before=None)


def closure_day_deleted(*, day: ClosureDay) -> None:
    calendar_change_record(
        ccg=day.ccg, dates=[day.date], because=f"closure day '{day.reason}' removed"
    )


def ccg_hours_saved(*, ccg: Ccg, before: Ccg | None) -> None:
    if before is None or (before.opens, before.closes) == (ccg.opens, ccg.closes):
        return
    hours = f"{ccg.opens:%H:%M}–{ccg.closes:%H:%M}"
    calendar_change_record(ccg=ccg, because=f"working hours changed to {hours}")


def extra_bank_holiday_saved(*, holiday: ExtraBankHoliday, before: ExtraBankHoliday | None):
    if before is not None:
        extra_bank_holiday_deleted(holiday=before)
    calendar_change_record(
        nations=[holiday.nation],
        dates=[holiday.date],
        because=f"bank holiday '{holiday.name}' added",
    )


def extra_bank_holiday_deleted(*, holiday: ExtraBankHoliday) -> None:
    calendar_change_record(
        nations=[holiday.nation],
        dates=[holiday.date],
        because=f"bank holiday '{holiday.name}' removed",
    )


# The bank holiday check: a new `holidays` release (or a hand-recorded holiday) seen by beat.


def bank_holidays_now(*, nation: str, today: datetime.date) -> dict[str, list[str]]:
    days: dict[str, list[str]] = {}
    for year in range(today.year, today.year + YEARS_AHEAD + 1):
        day = datetime.date(year, 1, 1)
        while day.year == year:
            if names := holiday_names(day, nation):
                days[day.isoformat()] = list(names)
            day += datetime.timedelta(days=1)
    for day, name in extra_bank_holidays(nations=[nation]).items():
        if day.year >= today.year:
            days.setdefault(day.isoformat(), []).append(name)
    return days


def _fingerprint(days: dict[str, list[str]]) -> str:
    return hashlib.sha256(json.dumps(days, sort_keys=True).encode()).hexdigest()


@transaction.atomic
def bank_holidays_check(*, today: datetime.date) -> list[CalendarChange]:
    """Compare each nation's bank holidays with the stored fingerprint; a difference records a
    change over the days that differ. The first check of a nation only stores its fingerprint."""
    changes = []
    for nation in NATIONS:
        days = bank_holidays_now(nation=nation, today=today)
        stored = BankHolidayFingerprint.objects.select_for_update().filter(nation=nation).first()
        fingerprint = _fingerprint(days)
        if stored is not None and stored.fingerprint != fingerprint:
            window = (today.year, stored.checked_at.year + YEARS_AHEAD)
            changes.append(_bank_holidays_changed(nation, stored.days, days, window))
        BankHolidayFingerprint.objects.update_or_create(
            nation=nation,
            defaults={"fingerprint": fingerprint, "days": days, "checked_at": timezone.now()},
        )
    return [change for change in changes if change is not None]


def _bank_holidays_changed(nation, before: dict, after: dict, window) -> CalendarChange | None:
    # Only the years both checks covered: a year leaving or joining the window is no change.
    def within(days: dict) -> dict:
        return {day: names for day, names in days.items() if window[0] <= int(day[:4]) <= window[1]}

    before, after = within(before), within(after)
    added = sorted(day for day in after if before.get(day) != after[day])
    removed = sorted(day for day in before if day not in after)
    if not added and not removed:
        return None
    words = [f"'{', '.join(after[day])}' added" for day in added]
    words += [f"'{', '.join(before[day])}' removed" for day in removed]
    logger.info("Bank holidays in %s changed: %s", nation, "; ".join(words))
    return calendar_change_record(
        nations=[nation],
        dates=[datetime.date.fromisoformat(day) for day in [*added, *removed]],
        because=f"bank holiday {'; '.join(words)} ({nation})",
    )
