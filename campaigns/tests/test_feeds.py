"""The private iCalendar feed: a secret URL Outlook subscribes to, regenerable and revocable,
in the user's scope; one item as a .ics download. Parsed back with `icalendar`."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from accounts.models import Membership
from campaigns.models import CalendarFeed
from campaigns.views.feeds import NEW_TOKEN

from .calendar_data import TITLES, one_of_each

# The feed runs 400 days ahead: the national day recurs next year on the same dates.
FEED_TITLES = sorted([*TITLES, "Self Care Week"])


def _this_month() -> datetime.date:
    return timezone.localdate().replace(day=1)


def _new_feed_path(client) -> str:
    client.post(reverse("campaigns:calendar_feed_regenerate"))
    page = client.get(reverse("campaigns:calendar_feed_settings"))
    url = page.context["feed_url"]
    assert url.startswith("http://testserver/campaigns/calendar/feed/")
    return url.removeprefix("http://testserver")


def _summaries(body: bytes) -> list[str]:
    return sorted(str(event["SUMMARY"]) for event in Calendar.from_ical(body).walk("VEVENT"))


def test_the_feed_answers_without_a_login_with_the_users_calendar(
    client, comms_a, comms_b, ccg_a, ccg_b
):
    one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month())
    one_of_each(ccg=ccg_b, comms=comms_b, month=_this_month(), tag=" (Beta)")
    client.force_login(comms_a)
    path = _new_feed_path(client)
    client.logout()
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert _summaries(response.content) == FEED_TITLES
    calendar = Calendar.from_ical(response.content)
    campaign = next(
        e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == "Stay Well This Winter"
    )
    assert campaign.decoded("DTSTART") == _this_month()  # an all-day entry
    assert str(campaign["UID"]).startswith("campaign-")
    assert CalendarFeed.objects.get(user=comms_a).last_used_at is not None


def test_only_a_hash_of_the_token_is_kept(client, comms_a):
    client.force_login(comms_a)
    token = _new_feed_path(client).rsplit("/", 1)[1].removesuffix(".ics")
    assert len(token) >= 40
    assert token not in CalendarFeed.objects.get(user=comms_a).token_hash


def test_a_regenerated_address_stops_the_old_one(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month())
    client.force_login(comms_a)
    old = _new_feed_path(client)
    new = _new_feed_path(client)
    client.logout()
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_a_revoked_address_is_a_404_with_no_data(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month())
    client.force_login(comms_a)
    path = _new_feed_path(client)
    client.post(reverse("campaigns:calendar_feed_revoke"))
    client.logout()
    response = client.get(path)
    assert response.status_code == 404
    assert b"Stay Well" not in response.content and b"VCALENDAR" not in response.content
    assert client.get("/campaigns/calendar/feed/made-up-token.ics").status_code == 404


def test_the_feed_follows_the_users_roles_now(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month())
    client.force_login(comms_a)
    path = _new_feed_path(client)
    client.logout()
    assert _summaries(client.get(path).content) == FEED_TITLES
    Membership.objects.filter(user=comms_a).delete()  # left the CCG
    assert _summaries(client.get(path).content) == []


def test_the_new_address_is_shown_once(client, comms_a):
    client.force_login(comms_a)
    _new_feed_path(client)
    again = client.get(reverse("campaigns:calendar_feed_settings"))
    assert again.context["feed_url"] is None and NEW_TOKEN not in client.session


def test_the_feeds_queries_do_not_grow_with_the_data(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month())
    client.force_login(comms_a)
    path = _new_feed_path(client)
    client.logout()
    client.get(path)
    with CaptureQueriesContext(connection) as few:
        client.get(path)
    for n in range(4):
        one_of_each(ccg=ccg_a, comms=comms_a, month=_this_month(), tag=f" {n}")
    with CaptureQueriesContext(connection) as many:
        assert len(_summaries(client.get(path).content)) == 5 * len(FEED_TITLES)
    assert len(many) == len(few)


def test_one_item_downloads_as_an_ics_file(client, comms_a, ccg_a):
    made = one_of_each(ccg=ccg_a, comms=comms_a)
    client.force_login(comms_a)
    meeting = made["meeting"]
    response = client.get(
        reverse("campaigns:calendar_item_ics"), {"uid": f"meeting-{meeting.pk}", "on": "2027-11-04"}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="meeting-{meeting.pk}.ics"'
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Governing body in public"
    assert event.decoded("DTSTART").astimezone(datetime.UTC) == meeting.starts_at
    other = client.get(
        reverse("campaigns:calendar_item_ics"), {"uid": "meeting-999999", "on": "2027-11-04"}
    )
    assert other.status_code == 404
