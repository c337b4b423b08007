"""The campaign calendar's month view and iCalendar feed with three years of plans for six
CCGs (2,000 campaigns, a third shared with another CCG, 30,000 content items, 3,000 action
items, 5,000 engagement events, 1,000 meetings, the national awareness days), against six other
CCGs with one month of the same plans, in the same run: time and queries. The queries must not
grow with the data (the script stops with an error if they do); the time should grow only with
what the month (or the feed's window) shows, not with the years held.

SCALE (default 1) multiplies every count, for a quick run (SCALE=0.05); each scale keeps its
own database (`<database>_cal_bench`, `<database>_cal_bench_s50` for 0.05), generated once.

DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccgcomms \\
    SCALE=0.05 .venv/bin/python bench/calendar.py
"""

import sys
from pathlib import Path

# This file's name is the standard library's `calendar`, which dateutil (via Celery) imports:
# look in bench/ last, so `import calendar` anywhere finds the standard library's.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE] + [_HERE]

import datetime  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402

from common import ratio, setup_django, timed  # noqa: E402

SCALE = float(os.getenv("SCALE", "1"))
# Three years of plans for six CCGs (issue 12); action items are not in the figures:
# about one a campaign and a half, as the demo's winter campaign has.
COUNTS = {"campaigns": 2_000, "content": 30_000, "actions": 3_000, "events": 5_000}
COUNTS["meetings"] = 1_000
MONTHS = 36
BATCH = 2_000


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
    per = {k: max(1, round(v * SCALE / MONTHS)) for k, v in COUNTS.items()}

    def day_in(month: datetime.date) -> datetime.date:
        return month + datetime.timedelta(days=rng.randrange(28))

    def moment(month: datetime.date, hour: int) -> datetime.datetime:
        return datetime.datetime.combine(day_in(month), datetime.time(hour), tzinfo=LONDON)

    campaigns, events, meetings = [], [], []
    for month in months:
        for n in range(per["campaigns"]):
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
        for n in range(per["events"]):
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
        for n in range(per["meetings"]):
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
    Campaign.objects.bulk_create(campaigns, batch_size=BATCH)
    through = Campaign.shared_with.through
    through.objects.bulk_create(
        (
            through(campaign_id=c.pk, ccg_id=ids[(i + 1) % 6])
            for i, c in enumerate(campaigns)
            if i % share == 0
        ),
        batch_size=BATCH,
    )
    Event.objects.bulk_create(events, batch_size=BATCH)
    Meeting.objects.bulk_create(meetings, batch_size=BATCH)
    work_generate(campaigns=campaigns, months=len(months), per=per, rng=rng)
    for month in months:
        NationalAwarenessDay.objects.get_or_create(
            name=f"National day {month:%m}",
            starts_on=month + datetime.timedelta(days=9),
            defaults={"ends_on": month + datetime.timedelta(days=15)},
        )
    for ccg in ccgs:
        for m in range(1, 13):
            AwarenessDayChoice.objects.get_or_create(ccg=ccg, name=f"National day {m:02d}")


def work_generate(*, campaigns, months: int, per: dict, rng: random.Random) -> None:
    """Content items (every channel and status, on days of their campaign) and action items
    (every status and RAG, due within their campaign), dealt round the campaigns."""
    from accounts.models import User
    from campaigns.models import ActionItem, Channel, ContentItem, ContentStatus
    from working_time import LONDON

    owner = User.objects.filter(memberships__ccg_id=campaigns[0].ccg_id).first()
    channels, statuses = Channel.values, ContentStatus.values

    def day_of(campaign) -> datetime.date:
        length = (campaign.ends_on - campaign.starts_on).days
        return campaign.starts_on + datetime.timedelta(days=rng.randrange(length + 1))

    content = []
    for j in range(per["content"] * months):
        campaign, status = campaigns[j % len(campaigns)], statuses[j % len(statuses)]
        content.append(
            ContentItem(
                ccg_id=campaign.ccg_id,
                campaign_id=campaign.pk,
                title=f"{campaign.name}: post {j // len(campaigns)}",
                channel=channels[j % len(channels)],
                planned_at=datetime.datetime.combine(
                    day_of(campaign), datetime.time(9 + j % 8), tzinfo=LONDON
                ),
                copy="Not sure where to go? Pharmacies and NHS 111 online can help.",
                status=status,
                approver=owner if status != ContentStatus.DRAFT else None,
                created_by=owner,
            )
        )
    ContentItem.objects.bulk_create(content, batch_size=BATCH)
    actions = []
    for j in range(per["actions"] * months):
        campaign = campaigns[j % len(campaigns)]
        actions.append(
            ActionItem(
                ccg_id=campaign.ccg_id,
                campaign_id=campaign.pk,
                title=f"{campaign.name}: action {j // len(campaigns)}",
                owner=owner,
                target_date=day_of(campaign),
                status=("not_started", "in_progress", "done")[j % 3],
                rag=("red", "amber", "green")[j % 3],
            )
        )
    ActionItem.objects.bulk_create(actions, batch_size=BATCH)


def _months(first: datetime.date, count: int) -> list[datetime.date]:
    months, month = [], first
    for _ in range(count):
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months


def main() -> None:
    # DEBUG on, as in development: static files without collectstatic, plain HTTP, no key.
    os.environ.setdefault("DEBUG", "true")
    setup_django("_cal_bench" + ("" if SCALE == 1 else f"_s{round(SCALE * 1000)}"))
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from campaigns.services import calendar_feed_regenerate

    this_month = timezone.localdate().replace(day=1)
    three_years = _months((this_month - datetime.timedelta(days=548)).replace(day=1), MONTHS)
    assert this_month in three_years
    big, big_user = _world("CB", "Bench calendar 3y CCG")
    small, small_user = _world("CS", "Bench calendar 1m CCG")
    started = time.perf_counter()
    plans_generate(ccgs=big, months=three_years, share=3)
    plans_generate(ccgs=small, months=[this_month], share=3)
    print(f"SCALE={SCALE:g}: data ready in {time.perf_counter() - started:.0f} s")
    _counts(big, "3 years")
    _counts(small, "1 month")
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
        # Read without a session, as Outlook does: a signed-in client would also count the
        # session's once-a-minute "last activity" write whenever the warm-up took over a minute
        # (the first full run counted 3 more queries with three years for that reason alone).
        outlook = Client()
        outlook.get(feed)  # warm
        with timed(f"iCal feed, six CCGs, {size} of plans", results):
            response = outlook.get(feed)
        assert response.status_code == 200
        events = response.content.count(b"BEGIN:VEVENT")
        per = results[f"iCal feed, six CCGs, {size} of plans"][0] * 1000 / max(events, 1)
        print(f"    {events} events in the feed, {per:.2f} ms an event")
    grown = []
    for kind in ("month view", "iCal feed"):
        small_key = f"{kind}, six CCGs, 1 month of plans"
        big_key = f"{kind}, six CCGs, 3 years of plans"
        ratio(results, big_key, small_key)
        queries = (results[small_key][1], results[big_key][1])
        same = "the same" if queries[0] == queries[1] else "GROWING WITH THE DATA"
        print(f"  queries: {queries[0]} with 1 month, {queries[1]} with 3 years: {same}")
        if queries[0] != queries[1]:
            grown.append(kind)
    assert not grown, f"the queries of {', '.join(grown)} grow with the data"
    print("OK: the number of queries does not grow with the data")


def _counts(ccgs, label: str) -> None:
    from campaigns.models import ActionItem, Campaign, ContentItem, Meeting
    from engagement.models import Event

    ids = [c.pk for c in ccgs]
    counts = {
        model.__name__: model.objects.filter(ccg_id__in=ids).count()
        for model in (Campaign, ContentItem, ActionItem, Event, Meeting)
    }
    print(f"  {label}: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))


if __name__ == "__main__":
    main()
