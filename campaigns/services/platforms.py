"""Import of digital channel figures from the platforms' own CSV exports: Meta Business Suite
(Facebook and Instagram insights), X analytics (account overview) and Google Analytics 4.

Each export has one row a day. The platform is the one chosen on the form, or found from the
header row; every column must be one that platform's export has. The days are added up into
calendar months (a count at the end of the day, like a page's likes, is the month's last day)
and written for the chosen CCG and channel with the same django-import-export resource as our
own CSV: a month already held keeps the figures the export does not have, and has the others
replaced. All or nothing: any error (unknown column, wrong date, text in a number column) names
its row (the line of the file) and its column, and nothing is written."""

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import dataclass, field

import tablib
from django.db import transaction

from accounts.models import Ccg

from ..models import Channel
from .evaluation import (
    HEADERS,
    ChannelFiguresResource,
    CountWidget,
    FiguresImportResult,
    ImportError_,
)

SUM, LAST = "sum", "last"  # a count of the day's events, or a running total read that day


@dataclass(frozen=True)
class Platform:
    key: str
    label: str
    channels: tuple[Channel, ...]
    date_column: str
    date_formats: tuple[str, ...]
    # column (as the export names it, any case) -> (our figure, how days add up to a month)
    figures: dict[str, tuple[str, str]]
    # columns the export has that we read past (no figure of ours, or not summable by day)
    known: frozenset[str] = field(default_factory=frozenset)

    def columns(self) -> set[str]:
        return {c.casefold() for c in (self.date_column, *self.figures, *self.known)}


META = Platform(
    key="meta",
    label="Meta Business Suite (Facebook or Instagram)",
    channels=(Channel.FACEBOOK, Channel.INSTAGRAM),
    date_column="Date",
    date_formats=("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%m/%d/%Y"),
    figures={
        "Reach": ("reach", SUM),
        "Impressions": ("reach", SUM),  # used when the export has no Reach column
        "Post engagements": ("engagement", SUM),
        "Engagements": ("engagement", SUM),
        "Page likes": ("followers", LAST),
        "Followers": ("followers", LAST),
        "Page visits": ("page_views", SUM),
        "Profile visits": ("page_views", SUM),
    },
    known=frozenset({"Follows", "New followers", "New page likes", "Unfollows", "Link clicks"}),
)
X = Platform(
    key="x",
    label="X analytics (account overview)",
    channels=(Channel.X,),
    date_column="Date",
    date_formats=("%a, %b %d, %Y", "%Y-%m-%d", "%Y-%m-%d %H:%M %z", "%d/%m/%Y"),
    figures={
        "Impressions": ("reach", SUM),
        "Engagements": ("engagement", SUM),
        "Profile visits": ("page_views", SUM),
    },
    known=frozenset(
        {
            "Likes",
            "Bookmarks",
            "Shares",
            "New follows",
            "Unfollows",
            "Replies",
            "Reposts",
            "Create Post",
            "Video views",
            "Media views",
        }
    ),
)
GA4 = Platform(
    key="ga4",
    label="Google Analytics 4 (website)",
    channels=(Channel.WEBSITE,),
    date_column="Date",
    date_formats=("%Y%m%d",),
    figures={
        "Views": ("page_views", SUM),
        "Screen page views": ("page_views", SUM),
        "Sessions": ("reach", SUM),
    },
    # Users of each day do not add up to the month's users (the same person comes back).
    known=frozenset({"Total users", "Active users", "New users", "Event count"}),
)
PLATFORMS = {p.key: p for p in (META, X, GA4)}
# What tells the exports apart when the header alone fits more than one.
SIGNATURES = {"meta": {"reach", "post engagements", "page likes"}, "x": {"new follows"}}


@dataclass
class _Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line of the file, cells)
    header_line: int


def _table(text: str) -> _Table | None:
    """The export's table: past GA4's '#' comment lines and Meta's 'sep=,' line, up to the
    first blank line (GA4 puts further tables after one)."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (
        not lines[start].strip()
        or lines[start].lstrip().startswith("#")
        or lines[start].strip().casefold().startswith("sep=")
    ):
        start += 1
    if start == len(lines):
        return None
    end = start + 1
    while end < len(lines) and lines[end].strip() and not lines[end].lstrip().startswith("#"):
        end += 1
    reader = csv.reader(io.StringIO("\n".join(lines[start:end])))
    try:
        records = list(reader)
    except csv.Error:
        return None
    headers = [h.strip() for h in records[0]]
    return _Table(headers, [(start + 1 + i, r) for i, r in enumerate(records[1:], 1)], start + 1)


def platform_detect(headers: list[str]) -> Platform | None:
    """The one platform whose export has every column of `headers`, else None."""
    folded = {h.casefold() for h in headers if h}
    fitting = [p for p in PLATFORMS.values() if folded <= p.columns()]
    if len(fitting) > 1:
        fitting = [p for p in fitting if folded & SIGNATURES.get(p.key, set())] or fitting
    return fitting[0] if len(fitting) == 1 else None


def _header_errors(table: _Table, platform: Platform) -> list[ImportError_]:
    allowed = platform.columns()
    line = table.header_line
    errors = [
        ImportError_(line, h or f"column {i + 1}", f"Unknown column for {platform.label}")
        for i, h in enumerate(table.headers)
        if h.casefold() not in allowed
    ]
    folded = [h.casefold() for h in table.headers]
    if platform.date_column.casefold() not in folded:
        errors.append(ImportError_(line, platform.date_column, "The date column is missing"))
    if not any(c.casefold() in folded for c in platform.figures):
        names = ", ".join(platform.figures)
        errors.append(ImportError_(line, "-", f"No figures: the export needs one of {names}"))
    return errors


def _day(text: str, platform: Platform) -> datetime.date:
    value = text.strip()
    for fmt in platform.date_formats:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    example = datetime.date(2026, 11, 3).strftime(platform.date_formats[0])
    raise ValueError(f"'{value[:40]}' is not a date: {platform.label} writes it like {example}")


def _used_columns(headers: list[str], platform: Platform) -> dict[int, tuple[str, str, str]]:
    """Column index -> (its header, our figure, how it adds up). One column per figure: the
    first the platform lists (Meta's Reach before its Impressions)."""
    index = {h.casefold(): i for i, h in enumerate(headers)}
    used, taken = {}, set()
    for column, (figure, how) in platform.figures.items():
        i = index.get(column.casefold())
        if i is not None and figure not in taken:
            used[i] = (headers[i], figure, how)
            taken.add(figure)
    return used


def _months(table: _Table, platform: Platform):
    """Every day read, added up per month; or the errors, each with its row and column."""
    date_at = [h.casefold() for h in table.headers].index(platform.date_column.casefold())
    used = _used_columns(table.headers, platform)
    count = CountWidget()
    errors, seen = [], {}
    months: dict[datetime.date, dict[str, int | None]] = defaultdict(dict)
    last_day: dict[tuple[datetime.date, str], datetime.date] = {}
    for line, cells in table.rows:
        if len(cells) != len(table.headers):
            message = f"The row has {len(cells)} cells; the header has {len(table.headers)}"
            errors.append(ImportError_(line, "-", message))
            continue
        try:
            day = _day(cells[date_at], platform)
        except ValueError as error:
            errors.append(ImportError_(line, table.headers[date_at], str(error)))
            day = None
        if day is not None and day in seen:
            message = f"The same day as row {seen[day]}"
            errors.append(ImportError_(line, table.headers[date_at], message))
        elif day is not None:
            seen[day] = line
        for i, (header, figure, how) in used.items():
            try:
                value = count.clean(cells[i])
            except ValueError as error:
                errors.append(ImportError_(line, header, str(error)))
                continue
            if day is None or value is None:
                continue
            month = months[day.replace(day=1)]
            if how == SUM:
                month[figure] = (month.get(figure) or 0) + value
            elif day >= last_day.get((day.replace(day=1), figure), day):
                month[figure] = value
                last_day[(day.replace(day=1), figure)] = day
    if not table.rows:
        errors.append(ImportError_(table.header_line + 1, "-", "The file has no days"))
    return months, errors


@dataclass(frozen=True)
class PlatformImportResult(FiguresImportResult):
    platform: Platform | None = None
    months: tuple[datetime.date, ...] = ()


def channel_figures_import_platform(
    *, ccg: Ccg, channel: str, text: str, platform: str = ""
) -> PlatformImportResult:
    """Import a platform's daily export into `ccg`'s `channel`, a month at a time.
    `platform` is a key of PLATFORMS, or empty to tell it from the header row."""
    table = _table(text)
    if table is None or not table.headers:
        return PlatformImportResult([ImportError_(1, "-", "The file has no header row")])
    chosen = PLATFORMS.get(platform) or platform_detect(table.headers)
    if chosen is None:
        names = ", ".join(p.label for p in PLATFORMS.values())
        message = f"These columns are not an export we read ({names}): choose the platform"
        return PlatformImportResult([ImportError_(table.header_line, "-", message)])
    errors = _header_errors(table, chosen)
    if channel not in chosen.channels:
        names = " or ".join(c.label for c in chosen.channels)
        errors.append(ImportError_(1, "-", f"{chosen.label} figures are for {names}"))
    if errors:
        return PlatformImportResult(errors, platform=chosen)
    months, errors = _months(table, chosen)
    if errors:
        return PlatformImportResult(errors, platform=chosen)
    return _write(ccg=ccg, channel=channel, platform=chosen, months=months)


def _write(*, ccg, channel, platform, months) -> PlatformImportResult:
    figures = sorted({name for month in months.values() for name in month})
    dataset = tablib.Dataset(
        headers=[HEADERS["month"], HEADERS["channel"]] + [HEADERS[name] for name in figures]
    )
    for month in sorted(months):
        values = ["" if months[month].get(n) is None else months[month][n] for n in figures]
        dataset.append([f"{month:%Y-%m}", channel, *values])
    resource = ChannelFiguresResource(ccg=ccg)
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=False, raise_errors=True)
        if result.has_validation_errors() or result.has_errors():
            transaction.set_rollback(True)
            message = "The figures could not be saved"
            return PlatformImportResult([ImportError_(1, "-", message)], platform=platform)
    totals = result.totals
    return PlatformImportResult(
        [],
        created=totals.get("new", 0),
        updated=totals.get("update", 0) + totals.get("skip", 0),
        platform=platform,
        months=tuple(sorted(months)),
    )
