"""The campaign calendar: every dated thing of the plan in one window, as `CalendarEntry`s.

The calendar is built from **layers**. Each layer is a provider function that takes a
`CalendarQuery` (the viewer's scope, the window, the filters) and returns entries, in a
bounded number of queries whatever the data (the month view and the iCalendar feed assert
it). To add a layer (content items, action items...), write a provider in your own module and
register it there, once, at import:

    from .calendar import CalendarEntry, CalendarQuery, layer_register

    def _content(query: CalendarQuery) -> list[CalendarEntry]: ...

    layer_register(key="content", label="Content", provider=_content, order=20)

Who sees what: anyone who may view the calendar in a CCG (`campaigns.view_calendar`: the comms
team, the governing body, staff and administrators) sees its campaigns, awareness days,
meetings, engagement events and consultation windows (titles and dates, no personal data);
media desk briefing deadlines need `media_desk.view_enquiry` there. A shared campaign shows in
the calendar of each CCG it is shared with."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.urls import reverse

from accounts.scoping import Scope
from engagement.selectors import consultations_between, events_between
from media_desk.selectors import briefing_deadlines_between
from working_time import LONDON

from ..models import Campaign, Meeting
from .awareness_days import awareness_day_occurrences

VIEW_CALENDAR = "campaigns.view_calendar"
_PLACEHOLDER_PK = 987654321987


@dataclass(frozen=True)
class CalendarEntry:
    layer: str  # the key of the layer it comes from
    uid: str  # stable across requests: the iCalendar UID
    title: str
    starts_on: datetime.date
    ends_on: datetime.date  # inclusive
    starts_at: datetime.datetime | None = None  # timed entries (meetings, events, deadlines)
    ends_at: datetime.datetime | None = None
    ccg_names: tuple[str, ...] = ()
    url: str = ""  # the portal page of the record, when the viewer may open it
    detail: str = ""
    priority: str = ""
    campaign_id: int | None = None

    @property
    def is_timed(self) -> bool:
        return self.starts_at is not None

    def covers(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1


@dataclass(frozen=True)
class CalendarQuery:
    scope: Scope
    start: datetime.date
    end: datetime.date  # inclusive
    ccg_id: int | None = None
    campaign_id: int | None = None
    priority: str = ""
    layers: frozenset[str] = field(default_factory=frozenset)  # empty: every layer
    # Each URL name reversed once per query (a feed links thousands of records): its path
    # around a placeholder pk, as (before, after).
    _paths: dict[str, tuple[str, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def ccg_ids_with(self, perm: str = VIEW_CALENDAR) -> frozenset[int]:
        """The CCGs shown (narrowed by the CCG filter) where the viewer may see the calendar
        and holds `perm`."""
        ids = self.scope.ccg_ids_with(VIEW_CALENDAR) & self.scope.ccg_ids_with(perm)
        return ids & {self.ccg_id} if self.ccg_id else ids

    @property
    def campaign_filtered(self) -> bool:
        """Filtering by campaign or priority keeps only entries of campaigns."""
        return bool(self.campaign_id or self.priority)

    @property
    def start_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.start, datetime.time.min, tzinfo=LONDON)

    @property
    def end_at(self) -> datetime.datetime:
        """The instant after the window's last day."""
        after = self.end + datetime.timedelta(days=1)
        return datetime.datetime.combine(after, datetime.time.min, tzinfo=LONDON)

    def link(self, url_name: str, pk: int, perm: str, ccg_id: int) -> str:
        return self.path(url_name, pk) if self.scope.can(perm, ccg_id) else ""

    def path(self, url_name: str, pk: int) -> str:
        """`reverse(url_name, args=[pk])`, reversing each URL name once per query."""
        parts = self._paths.get(url_name)
        if parts is None:
            parts = self._paths[url_name] = tuple(
                reverse(url_name, args=[_PLACEHOLDER_PK]).split(str(_PLACEHOLDER_PK))
            )
        if len(parts) != 2:  # the placeholder's digits also elsewhere in the path
            return reverse(url_name, args=[pk])
        return f"{parts[0]}{int(pk)}{parts[1]}"


Provider = Callable[[CalendarQuery], Iterable[CalendarEntry]]


@dataclass(frozen=True)
class Layer:
    key: str
    label: str
    provider: Provider
    order: int
    campaign_linked: bool  # its entries belong to a campaign (kept by the campaign filters)


LAYERS: dict[str, Layer] = {}


def layer_register(
    *, key: str, label: str, provider: Provider, order: int, campaign_linked: bool = False
) -> None:
    LAYERS[key] = Layer(key, label, provider, order, campaign_linked)


def calendar_layers() -> list[Layer]:
    return sorted(LAYERS.values(), key=lambda layer: layer.order)


def calendar_entries(*, query: CalendarQuery) -> list[CalendarEntry]:
    """The window's entries of every layer asked for, by start then title."""
    entries: list[CalendarEntry] = []
    for layer in calendar_layers():
        if query.layers and layer.key not in query.layers:
            continue
        if query.campaign_filtered and not layer.campaign_linked:
            continue
        entries.extend(layer.provider(query))
    return sorted(entries, key=_in_order)


def _in_order(entry: CalendarEntry) -> tuple:
    """By day; a day's all-day entries first, then the timed ones by time; then by title."""
    at = entry.starts_at.timestamp() if entry.starts_at else 0.0
    return (entry.starts_on, entry.is_timed, at, entry.title)


# The layers of the plan itself and of the other registers.


def _campaigns(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with()
    if not ccg_ids:
        return []
    campaigns = (
        Campaign.objects.for_ccgs(ccg_ids)
        .filter(starts_on__lte=query.end, ends_on__gte=query.start)
        .select_related("ccg")
    )
    if query.campaign_id:
        campaigns = campaigns.filter(pk=query.campaign_id)
    if query.priority:
        campaigns = campaigns.filter(priority=query.priority)
    return [
        CalendarEntry(
            layer="campaigns",
            uid=f"campaign-{c.pk}",
            title=c.name,
            starts_on=c.starts_on,
            ends_on=c.ends_on,
            ccg_names=(c.ccg.name,),
            url=query.path("campaigns:campaign_detail", c.pk)
            if query.scope.can("campaigns.view_campaign")
            else "",
            detail=f"{c.get_priority_display()} priority · {c.get_status_display()}",
            priority=c.priority,
            campaign_id=c.pk,
        )
        for c in campaigns
    ]


def _awareness_days(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with()
    if not ccg_ids:
        return []
    days = awareness_day_occurrences(ccg_ids=ccg_ids, start=query.start, end=query.end)
    return [
        CalendarEntry(
            layer="awareness_days",
            uid=f"day-{'national' if d.national else 'local'}-{d.name}-{d.starts_on:%Y}",
            title=d.name,
            starts_on=d.starts_on,
            ends_on=d.ends_on,
            ccg_names=d.ccg_names,
            url=d.link,
            detail="National awareness day" if d.national else "Local awareness day",
        )
        for d in days
    ]


def _meetings(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with()
    if not ccg_ids:
        return []
    meetings = (
        Meeting.objects.for_ccgs(ccg_ids)
        .filter(starts_at__gte=query.start_at, starts_at__lt=query.end_at)
        .select_related("ccg")
    )
    return [
        CalendarEntry(
            layer="meetings",
            uid=f"meeting-{m.pk}",
            title=m.title,
            starts_on=m.starts_at.astimezone(LONDON).date(),
            ends_on=(m.ends_at or m.starts_at).astimezone(LONDON).date(),
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            ccg_names=(m.ccg.name,),
            url=query.link("campaigns:meeting_edit", m.pk, "campaigns.change_meeting", m.ccg_id),
            detail=m.get_kind_display() + (f" · {m.place}" if m.place else ""),
        )
        for m in meetings
    ]


def _events(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with()
    if not ccg_ids:
        return []
    rows = events_between(ccg_ids=ccg_ids, start=query.start_at, end=query.end_at)
    return [
        CalendarEntry(
            layer="events",
            uid=f"event-{r['pk']}",
            title=r["title"],
            starts_on=r["starts_at"].astimezone(LONDON).date(),
            ends_on=r["ends_at"].astimezone(LONDON).date(),
            starts_at=r["starts_at"],
            ends_at=r["ends_at"],
            ccg_names=(r["ccg__name"],),
            url=query.link(
                "engagement:event_detail", r["pk"], "engagement.view_event", r["ccg_id"]
            ),
            detail="Engagement event" + (f" · {r['venue']}" if r["venue"] else ""),
        )
        for r in rows
    ]


def _consultations(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with()
    if not ccg_ids:
        return []
    rows = consultations_between(ccg_ids=ccg_ids, start=query.start, end=query.end)
    return [
        CalendarEntry(
            layer="consultations",
            uid=f"consultation-{r['pk']}",
            title=r["title"],
            starts_on=r["opens_on"],
            ends_on=r["closes_on"],
            ccg_names=(r["ccg__name"],),
            url=query.link(
                "engagement:consultation_detail",
                r["pk"],
                "engagement.view_consultation",
                r["ccg_id"],
            ),
            detail="Consultation open",
        )
        for r in rows
    ]


def _briefings(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with("media_desk.view_enquiry")
    if not ccg_ids:
        return []
    rows = briefing_deadlines_between(ccg_ids=ccg_ids, start=query.start_at, end=query.end_at)
    return [
        CalendarEntry(
            layer="briefings",
            uid=f"briefing-{r['enquiry_id']}",
            title=f"Briefing due: {r['enquiry__subject']}",
            starts_on=r["due_at"].astimezone(LONDON).date(),
            ends_on=r["due_at"].astimezone(LONDON).date(),
            starts_at=r["due_at"],
            ccg_names=(r["enquiry__ccg__name"],),
            url=query.path("media_desk:enquiry_detail", r["enquiry_id"]),
            detail="Parliamentary briefing deadline",
        )
        for r in rows
    ]


layer_register(
    key="campaigns", label="Campaigns", provider=_campaigns, order=10, campaign_linked=True
)
# order 20-39: content and action items of campaigns (selectors/content.py, actions.py)
layer_register(key="awareness_days", label="Awareness days", provider=_awareness_days, order=40)
layer_register(key="meetings", label="Meetings", provider=_meetings, order=50)
layer_register(key="events", label="Engagement events", provider=_events, order=60)
layer_register(key="consultations", label="Consultations", provider=_consultations, order=70)
layer_register(key="briefings", label="Briefing deadlines", provider=_briefings, order=80)


# What the pages show: a month as weeks of days, a list of days.

LONG = 7  # days: a longer entry is listed once above the month, not in every day's cell


@dataclass(frozen=True)
class CalendarDay:
    date: datetime.date
    in_month: bool
    entries: tuple[CalendarEntry, ...]


def month_window(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The month's weeks, Monday to Sunday, so the grid has whole rows."""
    first = datetime.date(year, month, 1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    start = first - datetime.timedelta(days=first.weekday())
    end = last + datetime.timedelta(days=6 - last.weekday())
    return start, end


def month_weeks(
    *, entries: list[CalendarEntry], year: int, month: int
) -> tuple[list[list[CalendarDay]], list[CalendarEntry]]:
    """The month's weeks of days (each with its short entries) and the long entries running in
    the month."""
    start, end = month_window(year, month)
    short = [e for e in entries if e.days <= LONG]
    first = datetime.date(year, month, 1)
    last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    running = [e for e in entries if e.days > LONG and e.starts_on <= last and e.ends_on >= first]
    weeks, day = [], start
    while day <= end:
        week = []
        for _ in range(7):
            week.append(
                CalendarDay(day, day.month == month, tuple(e for e in short if e.covers(day)))
            )
            day += datetime.timedelta(days=1)
        weeks.append(week)
    return weeks, running


def agenda_days(
    *, entries: list[CalendarEntry], start: datetime.date, end: datetime.date
) -> list[CalendarDay]:
    """The days from `start` to `end` that have entries; a long entry is listed on its first
    day in the window only."""
    days = []
    day = start
    while day <= end:
        todays = tuple(
            e
            for e in entries
            if e.starts_on == day or (day == start and e.starts_on < start and e.covers(day))
        )
        if todays:
            days.append(CalendarDay(day, True, todays))
        day += datetime.timedelta(days=1)
    return days
