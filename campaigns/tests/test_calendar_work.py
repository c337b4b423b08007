"""Content items and action items on the calendar: on their day, for those who may see them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from .factories import ActionItemFactory, CampaignFactory, ContentItemFactory

pytestmark = pytest.mark.django_db

DEC_2026 = {"year": "2026", "month": "12"}


def _entries(client, month=DEC_2026) -> dict[str, str]:
    response = client.get(reverse("campaigns:calendar_month"), month)
    assert response.status_code == 200
    days = [day for week in response.context["weeks"] for day in week]
    return {entry.title: entry.detail for day in days for entry in day.entries}


def test_content_and_actions_are_on_the_comms_teams_calendar(client, ccg_a, comms_a):
    ContentItemFactory(ccg=ccg_a, title="Flu jab post")
    ActionItemFactory(ccg=ccg_a, owner=comms_a, title="Book the radio slot")
    client.force_login(comms_a)
    entries = _entries(client)
    assert entries["Flu jab post"] == "Facebook · Draft"
    assert entries["Book the radio slot"].startswith("Action due · Not started")


def test_an_action_past_its_date_and_not_done_is_red_on_the_calendar(client, ccg_a, comms_a):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ActionItemFactory(ccg=ccg_a, owner=comms_a, title="Brief the GPs", target_date=yesterday)
    client.force_login(comms_a)
    month = {"year": str(yesterday.year), "month": str(yesterday.month)}
    assert _entries(client, month)["Brief the GPs"].endswith("RAG red")


def test_staff_see_the_calendar_without_unpublished_content(client, ccg_a, comms_a, staff_a):
    ContentItemFactory(ccg=ccg_a, title="Flu jab post")
    ActionItemFactory(ccg=ccg_a, owner=comms_a, title="Book the radio slot")
    client.force_login(staff_a)
    assert set(_entries(client)) == set()


def test_the_campaign_filter_keeps_that_campaigns_content_only(client, ccg_a, comms_a):
    winter = CampaignFactory(
        ccg=ccg_a,
        name="Winter",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2027, 2, 28),
    )
    ContentItemFactory(ccg=ccg_a, title="Winter post", campaign=winter)
    ContentItemFactory(ccg=ccg_a, title="Other post")
    client.force_login(comms_a)
    response = client.get(reverse("campaigns:calendar_month"), {**DEC_2026, "campaign": winter.pk})
    days = [day for week in response.context["weeks"] for day in week]
    titles = {entry.title for day in days for entry in day.entries}
    assert "Winter post" in titles and "Other post" not in titles
