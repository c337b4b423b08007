"""The feed's iCalendar text, written without `icalendar`'s objects for speed (selectors/ics.py),
read back with `icalendar`: every field of every kind of entry as the calendar apps will see it,
awkward text escaped, long lines folded within 75 octets, and the links the same as `reverse`."""

import datetime

from django.urls import reverse
from icalendar import Calendar

from accounts.selectors import scope_for_user
from campaigns.selectors import CalendarEntry, CalendarQuery, calendar_ics
from working_time import LONDON

NOW = datetime.datetime(2026, 12, 1, 16, 30, tzinfo=datetime.UTC)
AWKWARD = "Flu jabs; over-65s, carers \\ staff\nsecond line\r\nthird\x07 ✓"
LONG = "Stay Well This Winter – pharmacies, NHS 111 online and GP practices ✓ " * 3

ENTRIES = [
    CalendarEntry(
        layer="campaigns",
        uid="campaign-1",
        title="Stay Well This Winter",
        starts_on=datetime.date(2026, 11, 2),
        ends_on=datetime.date(2027, 2, 28),
        ccg_names=("Alpha CCG",),
        url="/campaigns/1/",
        detail="High priority · Live",
    ),
    CalendarEntry(  # summer time: 18:00 in London is 17:00 UTC
        layer="events",
        uid="event-2",
        title=AWKWARD,
        starts_on=datetime.date(2026, 7, 14),
        ends_on=datetime.date(2026, 7, 14),
        starts_at=datetime.datetime(2026, 7, 14, 18, tzinfo=LONDON),
        ends_at=datetime.datetime(2026, 7, 14, 20, tzinfo=LONDON),
        ccg_names=("Alpha CCG", "Beta, Gamma CCG"),
        url="https://example.nhs.uk/event/2/",
        detail=LONG,
    ),
    CalendarEntry(  # a deadline: no end, an hour long
        layer="briefings",
        uid="briefing-3",
        title="Briefing due: ward closures",
        starts_on=datetime.date(2027, 1, 5),
        ends_on=datetime.date(2027, 1, 5),
        starts_at=datetime.datetime(2027, 1, 5, 12, tzinfo=LONDON),
    ),
]


def _events(body: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(body).walk("VEVENT")}


def _body() -> bytes:
    return calendar_ics(
        entries=ENTRIES, name="CCG campaign calendar", base_url="https://portal.test", now=NOW
    )


def test_every_field_reads_back_as_the_entry_says():
    calendar = Calendar.from_ical(_body())
    assert str(calendar["X-WR-CALNAME"]) == "CCG campaign calendar"
    assert str(calendar["VERSION"]) == "2.0"
    events = _events(_body())
    assert list(events) == [
        "campaign-1@ccg-comms-portal",
        "event-2@ccg-comms-portal",
        "briefing-3@ccg-comms-portal",
    ]
    campaign = events["campaign-1@ccg-comms-portal"]
    assert campaign.decoded("DTSTART") == datetime.date(2026, 11, 2)
    assert campaign.decoded("DTEND") == datetime.date(2027, 3, 1)  # the day after the last
    assert str(campaign["TRANSP"]) == "TRANSPARENT"
    assert str(campaign["DESCRIPTION"]) == "High priority · Live · Alpha CCG"
    assert str(campaign["URL"]) == "https://portal.test/campaigns/1/"
    assert campaign.decoded("DTSTAMP") == NOW
    assert [str(c) for c in campaign["CATEGORIES"].cats] == ["campaigns"]

    event = events["event-2@ccg-comms-portal"]
    assert event.decoded("DTSTART") == datetime.datetime(2026, 7, 14, 17, tzinfo=datetime.UTC)
    assert event.decoded("DTEND") == datetime.datetime(2026, 7, 14, 19, tzinfo=datetime.UTC)
    assert str(event["SUMMARY"]) == "Flu jabs; over-65s, carers \\ staff\nsecond line\nthird ✓"
    assert str(event["DESCRIPTION"]) == f"{LONG} · Alpha CCG, Beta, Gamma CCG"
    assert str(event["URL"]) == "https://example.nhs.uk/event/2/"
    assert "TRANSP" not in event

    deadline = events["briefing-3@ccg-comms-portal"]
    assert deadline.decoded("DTSTART") == datetime.datetime(2027, 1, 5, 12, tzinfo=datetime.UTC)
    assert deadline.decoded("DTEND") == datetime.datetime(2027, 1, 5, 13, tzinfo=datetime.UTC)
    assert "DESCRIPTION" not in deadline and "URL" not in deadline


def test_lines_end_crlf_and_are_folded_within_75_octets():
    body = _body()
    assert body.endswith(b"END:VCALENDAR\r\n")
    lines = body.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long description was folded
    for line in lines:
        line.decode()  # a fold never splits a UTF-8 character
    # TEXT escaped as RFC 5545 3.3.11 says (icalendar reads some unescaped text back too)
    summary = r"SUMMARY:Flu jabs\; over-65s\, carers \\ staff\nsecond line\nthird ✓"
    assert summary.encode() in lines


def test_a_querys_links_are_the_same_as_reverse(comms_a, ccg_a):
    query = CalendarQuery(
        scope=scope_for_user(user=comms_a),
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 1, 31),
    )
    for pk in (1, 7, 987654321987, 120034):
        assert query.path("campaigns:content_detail", pk) == reverse(
            "campaigns:content_detail", args=[pk]
        )
        assert query.path("media_desk:enquiry_detail", pk) == reverse(
            "media_desk:enquiry_detail", args=[pk]
        )
    allowed = query.link("campaigns:meeting_edit", 5, "campaigns.change_meeting", ccg_a.pk)
    assert allowed == reverse("campaigns:meeting_edit", args=[5])
    assert query.link("campaigns:meeting_edit", 5, "campaigns.change_meeting", ccg_a.pk + 99) == ""
