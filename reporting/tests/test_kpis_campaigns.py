"""The campaign calendar's KPIs on known data: exact values."""

import datetime

import pytest

from campaigns.models import ChannelFigures, ContentStatus
from campaigns.tests.factories import ActionItemFactory, CampaignFactory, ContentItemFactory
from reporting.kpis import CATALOGUE, Period

pytestmark = pytest.mark.django_db
NOVEMBER = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
PUBLISHED = datetime.datetime(2026, 11, 10, 9, 0, tzinfo=datetime.UTC)


def kpi(key, ccg):
    return CATALOGUE[key].compute(ccg_id=ccg.pk, period=NOVEMBER)


def test_campaigns_by_rag_counts_those_running_at_the_end_including_shared(ccg_a, ccg_b):
    running = {"starts_on": datetime.date(2026, 10, 1), "ends_on": datetime.date(2027, 1, 31)}
    CampaignFactory(ccg=ccg_a, rag="red", **running)
    CampaignFactory(ccg=ccg_a, rag="green", **running)
    CampaignFactory(ccg=ccg_b, rag="amber", shared_with=[ccg_a], **running)
    CampaignFactory(
        ccg=ccg_a,
        rag="red",
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 3, 31),
    )  # over before the end of November
    value = kpi("campaigns_by_rag", ccg_a)
    assert (value.value, value.breakdown) == (3, {"Green": 1, "Amber": 1, "Red": 1})


def test_action_items_overdue_counts_open_items_past_their_date(ccg_a, comms_a):
    late = datetime.date(2026, 11, 20)
    ActionItemFactory(
        ccg=ccg_a, owner=comms_a, target_date=late, campaign=CampaignFactory(ccg=ccg_a)
    )
    ActionItemFactory(ccg=ccg_a, owner=comms_a, target_date=late)
    ActionItemFactory(ccg=ccg_a, owner=comms_a, target_date=late, status="done")
    ActionItemFactory(ccg=ccg_a, owner=comms_a, target_date=datetime.date(2026, 12, 4))
    value = kpi("action_items_overdue", ccg_a)
    assert (value.value, value.breakdown) == (
        2,
        {"Campaign actions": 1, "The CCG's action plan": 1},
    )


def test_content_published_counts_the_periods_publications_by_channel(ccg_a):
    published = {"status": ContentStatus.PUBLISHED, "published_at": PUBLISHED}
    ContentItemFactory(ccg=ccg_a, channel="facebook", **published)
    ContentItemFactory(ccg=ccg_a, channel="facebook", **published)
    ContentItemFactory(ccg=ccg_a, channel="press", **published)
    ContentItemFactory(ccg=ccg_a, channel="x")  # a draft
    october = {"status": ContentStatus.PUBLISHED, "published_at": PUBLISHED.replace(month=10)}
    ContentItemFactory(ccg=ccg_a, channel="x", **october)
    value = kpi("content_published", ccg_a)
    assert (value.value, value.breakdown) == (3, {"Facebook": 2, "Press release": 1})


def test_digital_followers_reads_the_periods_month(ccg_a):
    november, october = datetime.date(2026, 11, 1), datetime.date(2026, 10, 1)
    ChannelFigures.objects.create(ccg=ccg_a, channel="facebook", month=november, followers=5200)
    ChannelFigures.objects.create(ccg=ccg_a, channel="newsletter", month=november, subscribers=900)
    ChannelFigures.objects.create(ccg=ccg_a, channel="facebook", month=october, followers=5000)
    value = kpi("digital_followers", ccg_a)
    assert (value.value, value.breakdown) == (6100, {"Facebook": 5200, "E-newsletter": 900})
