"""The calendar: every layer in one month, for each role, filtered, in bounded queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.factories import member

from .calendar_data import TITLES, one_of_each
from .factories import CampaignFactory

NOV_2027 = {"year": "2027", "month": "11"}


def _month(client, **params):
    return client.get(reverse("campaigns:calendar_month"), {**NOV_2027, **params})


def _shown(response) -> list[str]:
    return sorted(
        {entry.title for week in response.context["weeks"] for day in week for entry in day.entries}
        | {e.title for e in response.context["running"]}
    )


def test_the_month_shows_every_layer_of_the_users_ccgs_only(client, comms_a, comms_b, ccg_a, ccg_b):
    one_of_each(ccg=ccg_a, comms=comms_a)
    one_of_each(ccg=ccg_b, comms=comms_b, tag=" (Beta)")
    client.force_login(comms_a)
    response = _month(client)
    assert response.status_code == 200
    assert _shown(response) == sorted(TITLES)
    assert "(Beta)" not in response.content.decode()


def test_a_campaign_shared_with_the_users_ccg_is_on_their_calendar(client, comms_a, ccg_a, ccg_b):
    CampaignFactory(
        ccg=ccg_b,
        name="Beta leads, Alpha shares",
        starts_on=datetime.date(2027, 11, 3),
        ends_on=datetime.date(2028, 1, 31),
        shared_with=[ccg_a],
    )
    client.force_login(comms_a)
    assert _shown(_month(client)) == ["Beta leads, Alpha shares"]


def test_staff_see_the_calendar_but_not_the_media_desks_briefings(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a)
    staff = member(ccg=ccg_a, role="Staff")
    client.force_login(staff)
    response = _month(client)
    assert response.status_code == 200
    assert _shown(response) == sorted(t for t in TITLES if not t.startswith("Briefing"))
    assert "GP access" not in response.content.decode()


def test_the_governing_body_reads_the_calendar(client, comms_a, governor_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a)
    client.force_login(governor_a)
    assert "Stay Well This Winter" in _shown(_month(client))


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"priority": "high"}, ["Stay Well This Winter"]),
        ({"priority": "low"}, []),
        ({"layer": ["meetings", "events"]}, ["Governing body in public", "Winter health fair"]),
        ({"layer": ["awareness_days"]}, ["Self Care Week"]),
    ],
)
def test_the_filters_narrow_the_calendar(client, comms_a, ccg_a, params, expected):
    one_of_each(ccg=ccg_a, comms=comms_a)
    client.force_login(comms_a)
    assert _shown(_month(client, **params)) == expected


def test_the_ccg_filter_shows_one_of_the_users_ccgs(client, ccg_a, ccg_b):
    user = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=user)
    one_of_each(ccg=ccg_a, comms=user)
    one_of_each(ccg=ccg_b, comms=user, tag=" (Beta)")
    client.force_login(user)
    assert len(_shown(_month(client))) == 12
    only_b = _shown(_month(client, ccg=str(ccg_b.pk)))
    assert only_b == sorted(f"{t} (Beta)" for t in TITLES)


def test_the_month_is_a_table_of_weeks_with_day_headers(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a)
    client.force_login(comms_a)
    body = _month(client).content.decode()
    assert '<caption class="nhsuk-table__caption">November 2027, day by day</caption>' in body
    assert re.findall(
        r'<th scope="col" class="nhsuk-table__header"><abbr title="(\w+)">', body
    ) == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert (
        body.count('<tr class="nhsuk-table__row">') == 1 + 5
    )  # header + 5 weeks (1 Nov is a Monday)


def test_the_agenda_and_week_list_the_days_with_entries(client, comms_a, ccg_a):
    one_of_each(ccg=ccg_a, comms=comms_a)
    client.force_login(comms_a)
    agenda = client.get(reverse("campaigns:calendar_agenda"), {"start": "2027-11-01"})
    assert [d.date.day for d in agenda.context["days"]] == [1, 2, 4, 10, 15, 24]
    week = client.get(reverse("campaigns:calendar_week"), {"start": "2027-11-03"})
    assert week.context["start"] == datetime.date(2027, 11, 1)
    assert [e.title for d in week.context["days"] for e in d.entries] == [
        "Stay Well This Winter",
        "Urgent care review",
        "Governing body in public",
    ]


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert _month(client).status_code == 200
    return len(queries)


def test_the_months_queries_do_not_grow_with_the_data(client, comms_a, ccg_a):
    client.force_login(comms_a)
    one_of_each(ccg=ccg_a, comms=comms_a)
    _month(client)
    few = _queries(client)
    for n in range(4):
        one_of_each(ccg=ccg_a, comms=comms_a, tag=f" {n}")
    assert len(_shown(_month(client))) == 30
    assert _queries(client) == few


def test_anyone_without_the_calendar_is_refused(client, ccg_a):
    from accounts.tests.factories import UserFactory

    client.force_login(UserFactory())
    assert _month(client).status_code == 403


def test_a_days_all_day_entries_come_before_its_timed_ones(client, comms_a, ccg_a):
    from engagement.tests.factories import london

    from .factories import MeetingFactory

    MeetingFactory(ccg=ccg_a, title="Launch briefing", starts_at=london(2027, 11, 1, 9, 0))
    CampaignFactory(
        ccg=ccg_a,
        name="Winter launch week",
        starts_on=datetime.date(2027, 11, 1),
        ends_on=datetime.date(2027, 11, 5),
    )
    client.force_login(comms_a)
    monday = _month(client).context["weeks"][0][0]
    assert [e.title for e in monday.entries] == ["Winter launch week", "Launch briefing"]
