"""The campaign calendar's month view and iCalendar feed with three years of plans for six
CCGs (2,000 campaigns, a third shared with another CCG, 5,000 engagement events, 1,000
meetings, the national awareness days), against six other CCGs with one month of the same
plans, in the same run: time and queries. The queries must not grow with the data; the time
should grow only with what the month (or the feed's window) shows, not with the years held.
(The content and action items of the plan are the other half of the issue: not generated yet.)

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \\
    .venv/bin/python bench/calendar.py
"""

import sys
from pathlib import Path

# This file's name is the standard library's `calendar`, which dateutil (via Celery) imports:
# look in bench/ last, so `import calendar` anywhere finds the standard library's.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE] + [_HERE]

import datetime  # noqa: E402
import random  # noqa: E402

from common import ratio, setup_django, timed  # noqa: E402

CAMPAIGNS, EVENTS, MEETINGS = 2_000, 5_000, 1_000
MONTHS = 36


def _world(prefix: str, name: str):
    from media_desk_data import bench_ccg

    from accounts.services import membership_grant

    ccgs, user = [], None
    for n in range(6):
        ccg, first_user = bench_ccg(ods_code=f"{prefix}{n}", name=f"{name} {n}")
        ccgs.append(ccg)
        user = user or first_user
        membership_grant(user=user, ccg=ccg, role="Comms team")
    return ccgs, user


def plans_generate(*, ccgs, months: list[datetime.date], share: int) -> None:
    """Per month of `months`, 1/36th of the three years' plans, spread over the CCGs."""
    from campaigns.models import AwarenessDayChoice, Campaign, Meeting, NationalAwarenessDay
    from engagement.models import Event
    from working_time import LONDON

    ids = [c.pk for c in ccgs]
    if Campaign.objects.filter(ccg_id__in=ids).exists():
        return
    rng = random.Random(12)
    per = {k: v // MONTHS for k, v in (("c", CAMPAIGNS), ("e", EVENTS), ("m", MEETINGS))}

    def day_in(month: datetime.date) -> datetime.date:
        return month + datetime.timedelta(days=rng.randrange(28))

    def moment(month: datetime.date, hour: int) -> datetime.datetime:
        return datetime.datetime.combine(day_in(month), datetime.time(hour), tzinfo=LONDON)

    campaigns, events, meetings = [], [], []
    for month in months:
        for n in range(per["c"]):
            start = day_in(month)
            campaigns.append(
                Campaign(
                    ccg_id=ids[n % 6],
                    name=f"Campaign {month:%Y-%m} {n}",
                    priority=("high", "medium", "low")[n % 3],
                    starts_on=start,
                    ends_on=start + datetime.timedelta(days=rng.choice((14, 30, 60, 90))),
                    channels=["x", "facebook"],
                )
            )
        for n in range(per["e"]):
            starts = moment(month, 18)
            events.append(
                Event(
                    ccg_id=ids[n % 6],
                    title=f"Event {month:%Y-%m} {n}",
                    kind="big_chat",
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(hours=2),
                )
            )
        for n in range(per["m"]):
            meetings.append(
                Meeting(
                    ccg_id=ids[n % 6],
                    kind="governing_body",
                    title=f"Meeting {month:%Y-%m} {n}",
                    starts_at=moment(month, 14),
                    place="Town Hall",
                    is_public=n % 2 == 0,
                )
            )
    Campaign.objects.bulk_create(campaigns, batch_size=2000)
    through = Campaign.shared_with.through
    through.objects.bulk_create(
        through(campaign_id=c.pk, ccg_id=ids[(i + 1) % 6])
        for i, c in enumerate(campaigns)
        if i % share == 0
    )
    Event.objects.bulk_create(events, batch_size=2000)
    Meeting.objects.bulk_create(meetings, batch_size=2000)
    for month in months:
        NationalAwarenessDay.objects.get_or_create(
            name=f"National day {month:%m}",
            starts_on=month + datetime.timedelta(days=9),
            defaults={"ends_on": month + datetime.timedelta(days=15)},
        )
    for ccg in ccgs:
        for m in range(1, 13):
            AwarenessDayChoice.objects.get_or_create(ccg=ccg, name=f"National day {m:02d}")


def _months(first: datetime.date, count: int) -> list[datetime.date]:
    months, month = [], first
    for _ in range(count):
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def main() -> None:
    setup_django("_cal_bench")
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from campaigns.services import calendar_feed_regenerate

    this_month = timezone.localdate().replace(day=1)
    three_years = _months((this_month - datetime.timedelta(days=548)).replace(day=1), MONTHS)
    assert this_month in three_years
    big, big_user = _world("CB", "Bench calendar 3y CCG")
    small, small_user = _world("CS", "Bench calendar 1m CCG")
    plans_generate(ccgs=big, months=three_years, share=3)
    plans_generate(ccgs=small, months=[this_month], share=3)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    results = {}
    month = {"year": this_month.year, "month": this_month.month}
    for size, user in (("1 month", small_user), ("3 years", big_user)):
        client = Client()
        client.force_login(user)
        client.get("/campaigns/calendar/", month)  # warm
        with timed(f"month view, six CCGs, {size} of plans", results):
            response = client.get("/campaigns/calendar/", month)
        assert response.status_code == 200
        shown = response.content.count(b'class="portal-calendar__layer ')
        print(f"    {shown} entries shown (a short one once per day it covers)")
        feed = f"/campaigns/calendar/feed/{calendar_feed_regenerate(user=user)}.ics"
        client.get(feed)  # warm
        with timed(f"iCal feed, six CCGs, {size} of plans", results):
            response = client.get(feed)
        assert response.status_code == 200
        events = response.content.count(b"BEGIN:VEVENT")
        per = results[f"iCal feed, six CCGs, {size} of plans"][0] * 1000 / max(events, 1)
        print(f"    {events} events in the feed, {per:.2f} ms an event")
    for kind in ("month view", "iCal feed"):
        small_key = f"{kind}, six CCGs, 1 month of plans"
        big_key = f"{kind}, six CCGs, 3 years of plans"
        ratio(results, big_key, small_key)
        queries = (results[small_key][1], results[big_key][1])
        print(f"  queries: {queries[0]} with 1 month, {queries[1]} with 3 years")
        assert queries[0] == queries[1], "the queries grow with the data"


if __name__ == "__main__":
    main()
