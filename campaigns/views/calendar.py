"""The calendar: a month as an accessible table, a week, and an agenda, with filters (GET)."""

import datetime

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from accounts.access import require_perm
from accounts.selectors import ccgs_with

from .. import selectors
from ..forms import CalendarFilterForm

AGENDA_DAYS = 28


def _query(request, start: datetime.date, end: datetime.date):
    """The filter form and the calendar query for the window, from the query string."""
    require_perm(request, selectors.VIEW_CALENDAR)
    scope = request.scope
    calendar_ccgs = ccgs_with(scope=scope, perm=selectors.VIEW_CALENDAR)
    form = CalendarFilterForm(
        request.GET or None,
        ccgs=calendar_ccgs,
        campaigns=selectors.campaigns_in_window(
            ccg_ids=scope.ccg_ids_with(selectors.VIEW_CALENDAR), start=start, end=end
        ),
        layers=selectors.calendar_layers(),
    )
    data = form.cleaned_data if form.is_valid() else {}
    query = selectors.CalendarQuery(
        scope=scope,
        start=start,
        end=end,
        ccg_id=data.get("ccg"),
        campaign_id=data.get("campaign"),
        priority=data.get("priority", ""),
        layers=frozenset(data.get("layer", [])),
    )
    return form, query


def _filters_kept(request) -> str:
    kept = request.GET.copy()
    for key in ("year", "month", "start"):
        kept.pop(key, None)
    return kept.urlencode()


def _int(request, name: str, default: int, low: int, high: int) -> int:
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and low <= int(value) <= high else default


def _date(request, name: str, default: datetime.date) -> datetime.date:
    try:
        return datetime.date.fromisoformat(request.GET.get(name, ""))
    except ValueError:
        return default


@login_required
def calendar_month(request):
    today = timezone.localdate()
    year = _int(request, "year", today.year, 2000, 2100)
    month = _int(request, "month", today.month, 1, 12)
    start, end = selectors.month_window(year, month)
    form, query = _query(request, start, end)
    entries = selectors.calendar_entries(query=query)
    weeks, running = selectors.month_weeks(entries=entries, year=year, month=month)
    first = datetime.date(year, month, 1)
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    context = {
        "form": form,
        "first": first,
        "weeks": weeks,
        "running": running,
        "today": today,
        "previous": previous,
        "following": following,
        "filters": _filters_kept(request),
        "view": "month",
    }
    return render(request, "campaigns/calendar_month.html", context)


def _list_view(request, *, days: int, view: str, title: str):
    today = timezone.localdate()
    start = _date(request, "start", today)
    if view == "week":
        start -= datetime.timedelta(days=start.weekday())
    end = start + datetime.timedelta(days=days - 1)
    form, query = _query(request, start, end)
    entries = selectors.calendar_entries(query=query)
    context = {
        "form": form,
        "start": start,
        "end": end,
        "days": selectors.agenda_days(entries=entries, start=start, end=end),
        "previous": start - datetime.timedelta(days=days),
        "following": end + datetime.timedelta(days=1),
        "filters": _filters_kept(request),
        "view": view,
        "title": title,
    }
    return render(request, "campaigns/calendar_agenda.html", context)


@login_required
def calendar_agenda(request):
    return _list_view(request, days=AGENDA_DAYS, view="agenda", title="Agenda")


@login_required
def calendar_week(request):
    return _list_view(request, days=7, view="week", title="Week")
