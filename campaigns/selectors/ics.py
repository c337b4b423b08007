"""The calendar's entries as iCalendar text (RFC 5545), written directly.

A feed holds tens of thousands of events (16 months of six CCGs' plans): building them as
`icalendar` components cost 0.3 to 3 ms an event (a property object, parameters and folding per
property), so a big feed took longer than Outlook waits for a subscription. The few property
types the feed uses are written here as plain strings; the tests parse the text back with
`icalendar` and compare it with what `icalendar` itself builds for the same entries.

Times are written in UTC (`20261201T090000Z`), which needs no VTIMEZONE: every calendar app
shows them in its user's own zone. All-day entries are DATE values, DTEND the day after."""

import datetime
import re
from collections.abc import Iterable

from .calendar import CalendarEntry

PRODID = "-//CCG Comms Portal//Campaign calendar//EN"
UID_DOMAIN = "ccg-comms-portal"
FOLD_AT = 75  # octets a line holds at most, without its CRLF (RFC 5545 3.1)
DEFAULT_LENGTH = datetime.timedelta(hours=1)  # a timed entry without an end (a deadline)

# TEXT (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line break as \n; other
# control characters are not allowed in TEXT, so they go (a tab stays).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,"})
_SPECIAL = re.compile(r"[\\;,\x00-\x08\x0a-\x1f\x7f]")  # most titles have none: kept as they are


def ics_text(value: str) -> str:
    if not _SPECIAL.search(value):
        return value
    escaped = _LINE_BREAK.sub(lambda _: "\\n", value.translate(_ESCAPES))
    return _CONTROL.sub("", escaped)


def ics_utc(moment: datetime.datetime) -> str:
    at = moment.astimezone(datetime.UTC)
    return f"{at.year:04d}{at.month:02d}{at.day:02d}T{at.hour:02d}{at.minute:02d}{at.second:02d}Z"


def ics_date(day: datetime.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def ics_fold(line: str) -> str:
    """`line` cut into lines of at most 75 octets, each continuation starting with a space,
    never inside a UTF-8 character."""
    if len(line) <= FOLD_AT // 4 or len(line.encode()) <= FOLD_AT:
        return line
    parts, part, size, limit = [], [], 0, FOLD_AT
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append("".join(part))
            part, size, limit = [], 0, FOLD_AT - 1  # a continuation's leading space is one
        part.append(char)
        size += width
    parts.append("".join(part))
    return "\r\n ".join(parts)


def _event_lines(entry: CalendarEntry, *, base_url: str, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        ics_fold(f"UID:{ics_text(entry.uid)}@{UID_DOMAIN}"),
        stamp,
        ics_fold(f"SUMMARY:{ics_text(entry.title)}"),
    ]
    if entry.is_timed:
        ends_at = entry.ends_at or entry.starts_at + DEFAULT_LENGTH
        lines.append(f"DTSTART:{ics_utc(entry.starts_at)}")
        lines.append(f"DTEND:{ics_utc(ends_at)}")
    else:  # all-day: DTEND is the day after the last (RFC 5545 3.6.1)
        lines.append(f"DTSTART;VALUE=DATE:{ics_date(entry.starts_on)}")
        after = entry.ends_on + datetime.timedelta(days=1)
        lines.append(f"DTEND;VALUE=DATE:{ics_date(after)}")
        lines.append("TRANSP:TRANSPARENT")
    description = " · ".join(filter(None, [entry.detail, ", ".join(entry.ccg_names)]))
    if description:
        lines.append(ics_fold(f"DESCRIPTION:{ics_text(description)}"))
    lines.append(f"CATEGORIES:{ics_text(entry.layer)}")
    if entry.url:
        url = entry.url if entry.url.startswith("http") else base_url + entry.url
        lines.append(ics_fold(f"URL:{_CONTROL.sub('', _LINE_BREAK.sub('', url))}"))
    lines.append("END:VEVENT")
    return lines


def calendar_ics(
    *, entries: Iterable[CalendarEntry], name: str, base_url: str, now: datetime.datetime
) -> bytes:
    """The VCALENDAR of `entries`, every line ending CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        ics_fold(f"X-WR-CALNAME:{ics_text(name)}"),
    ]
    stamp = f"DTSTAMP:{ics_utc(now)}"
    for entry in entries:
        lines.extend(_event_lines(entry, base_url=base_url, stamp=stamp))
    lines.append("END:VCALENDAR")
    lines.append("")
    return "\r\n".join(lines).encode()
