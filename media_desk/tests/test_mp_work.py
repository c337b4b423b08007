"""MP and councillor work: quarterly briefings per MP (made each quarter by the daily job,
reminded once each), an MP's page, and letters answered on time in the financial year."""

import datetime

import pytest
from django.urls import reverse

from accounts.models import Notification
from core.tests.forms_read import post_once
from media_desk.models import BriefingSchedule, Kind, MpBriefing
from media_desk.selectors.mps import financial_year_of, letters_on_time
from media_desk.services import enquiry_respond, enquiry_sign_off, mp_briefings_daily
from media_desk.services.briefings import quarter_of
from stakeholders.tests.factories import ContactFactory, InteractionFactory

from .factories import BriefingScheduleFactory, logged_enquiry, london

pytestmark = pytest.mark.django_db

LIST = reverse("media_desk:mps")
YEAR = datetime.date(2026, 4, 1)  # the financial year 2026/27


def _page(contact) -> str:
    return reverse("media_desk:mp_detail", args=[contact.pk])


def _date(name: str, day: datetime.date) -> dict:
    return {f"{name}_day": day.day, f"{name}_month": day.month, f"{name}_year": day.year}


def test_quarters_and_financial_years_turn_where_the_uk_turns_them():
    assert quarter_of(datetime.date(2026, 5, 20)) == (
        datetime.date(2026, 4, 1),
        datetime.date(2026, 6, 30),
    )
    assert quarter_of(datetime.date(2026, 12, 31))[1] == datetime.date(2026, 12, 31)
    assert quarter_of(datetime.date(2027, 1, 1))[0] == datetime.date(2027, 1, 1)
    assert financial_year_of(datetime.date(2027, 3, 31)) == (YEAR, datetime.date(2027, 3, 31))
    assert financial_year_of(datetime.date(2026, 4, 1))[0] == YEAR


# Briefings


def test_the_comms_team_sets_up_quarterly_briefings_for_an_mp(client, comms_a, mp_a):
    client.force_login(comms_a)
    url = reverse("media_desk:briefing_schedule_add", args=[mp_a.pk])

    response = post_once(client, url, {**_date("starts_on", datetime.date(2026, 10, 5))})

    assert response.status_code == 302 and response["Location"] == _page(mp_a)
    schedule = BriefingSchedule.objects.get()
    assert (schedule.contact, schedule.ccg, schedule.created_by) == (mp_a, mp_a.ccg, comms_a)
    # This quarter's briefing is due now: made at once.
    assert [(b.quarter_start, b.due_on) for b in schedule.briefings.all()] == [
        (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    ]
    assert "Due by" in client.get(_page(mp_a)).content.decode()


def test_setting_up_briefings_twice_or_for_a_councillor_is_refused_by_name(
    client, comms_a, mp_a, ccg_a
):
    BriefingScheduleFactory(contact=mp_a)
    councillor = ContactFactory(ccg=ccg_a, kind="councillor")
    client.force_login(comms_a)

    again = post_once(
        client,
        reverse("media_desk:briefing_schedule_add", args=[mp_a.pk]),
        _date("starts_on", datetime.date(2026, 10, 5)),
    )
    no_date = post_once(
        client, reverse("media_desk:briefing_schedule_add", args=[councillor.pk]), {}
    )

    assert again.status_code == 200
    assert "already has quarterly briefings" in again.content.decode()
    assert "Enter the first quarter" in no_date.content.decode()
    assert BriefingSchedule.objects.count() == 1


def test_the_daily_job_makes_each_quarters_briefing_once(mp_a):
    schedule = BriefingScheduleFactory(contact=mp_a, starts_on=datetime.date(2026, 4, 1))

    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    mp_briefings_daily(today=datetime.date(2026, 5, 2))  # the same quarter: nothing new
    mp_briefings_daily(today=datetime.date(2026, 7, 1))  # the next quarter's first morning

    assert sorted(schedule.briefings.values_list("due_on", flat=True)) == [
        datetime.date(2026, 6, 30),
        datetime.date(2026, 9, 30),
    ]


def test_no_briefing_is_made_before_the_schedules_first_quarter(mp_a):
    BriefingScheduleFactory(contact=mp_a, starts_on=datetime.date(2026, 10, 1))

    mp_briefings_daily(today=datetime.date(2026, 9, 30))

    assert not MpBriefing.objects.exists()


def test_reminders_go_once_due_soon_to_the_owner_then_overdue_to_the_lead_too(mp_a, comms_a, lead):
    BriefingScheduleFactory(contact=mp_a, owner=comms_a)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))  # made; not due soon yet
    assert not Notification.objects.exists()

    for day in (16, 17, 20):  # two weeks before 30 June, and again: once
        mp_briefings_daily(today=datetime.date(2026, 6, day))
    due_soon = list(Notification.objects.values_list("user", "message"))
    assert due_soon == [(comms_a.pk, f"Quarterly briefing for {mp_a} due by 30 Jun 2026")]

    for day in (1, 2):
        mp_briefings_daily(today=datetime.date(2026, 7, day))
    overdue = Notification.objects.filter(message__endswith="overdue")
    assert sorted(overdue.values_list("user", flat=True)) == sorted([comms_a.pk, lead.pk])


def test_a_briefing_held_sends_no_reminder(client, comms_a, mp_a, lead):
    schedule = BriefingScheduleFactory(contact=mp_a)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    briefing = schedule.briefings.get()
    client.force_login(comms_a)
    url = reverse("media_desk:mp_briefing_held", args=[briefing.pk])

    response = post_once(
        client,
        url,
        {**_date("held_on", datetime.date(2026, 5, 12)), "notes": "Winter plans"},
        page=_page(mp_a),
        having="held_on_day",
    )
    mp_briefings_daily(today=datetime.date(2026, 7, 2))

    assert response.status_code == 302
    briefing.refresh_from_db()
    assert briefing.held_on == datetime.date(2026, 5, 12)
    assert not Notification.objects.filter(message__contains="due by 30 Jun").exists()
    assert not Notification.objects.filter(message__endswith="overdue").exists()


def test_a_briefing_held_in_the_future_is_refused_keeping_the_notes(client, comms_a, mp_a):
    schedule = BriefingScheduleFactory(contact=mp_a)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    briefing = schedule.briefings.get()
    client.force_login(comms_a)

    response = post_once(
        client,
        reverse("media_desk:mp_briefing_held", args=[briefing.pk]),
        {**_date("held_on", datetime.date(2099, 1, 1)), "notes": "Winter plans"},
        page=_page(mp_a),
        having="held_on_day",
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "The date held cannot be in the future." in html and "Winter plans" in html
    briefing.refresh_from_db()
    assert briefing.held_on is None


# The MP's page and the list


def _letter(ccg, user, mp, received, answered):
    letter = logged_enquiry(
        ccg=ccg, logged_by=user, kind=Kind.MP, requester_contact=mp, received_at=received
    )
    if answered:
        enquiry_sign_off(enquiry=letter, signed_off_by="Chief Officer", response="Thank you.")
        enquiry_respond(enquiry=letter, response="Thank you.", at=answered)
    return letter


def test_letters_answered_on_time_count_per_mp_in_the_financial_year(ccg_a, comms_a, mp_a):
    other_mp = ContactFactory(ccg=ccg_a, kind="mp")
    received = london(2026, 6, 1, 10, 0)
    _letter(ccg_a, comms_a, mp_a, received, london(2026, 6, 2, 10, 0))  # on time
    _letter(ccg_a, comms_a, mp_a, received, london(2026, 9, 1, 10, 0))  # late
    _letter(ccg_a, comms_a, mp_a, received, None)  # not answered yet
    _letter(ccg_a, comms_a, mp_a, london(2026, 3, 31, 10, 0), london(2026, 4, 1, 9, 0))  # last FY
    _letter(ccg_a, comms_a, other_mp, received, london(2026, 6, 2, 10, 0))

    counts = letters_on_time(contact_ids=[mp_a.pk, other_mp.pk], year_start=YEAR)

    assert (counts[mp_a.pk].received, counts[mp_a.pk].answered, counts[mp_a.pk].on_time) == (
        3,
        2,
        1,
    )
    assert counts[mp_a.pk].percent == 50
    assert (counts[other_mp.pk].answered, counts[other_mp.pk].on_time) == (1, 1)


def test_an_mps_page_lists_their_letters_briefings_and_meetings(client, comms_a, ccg_a, mp_a):
    _letter(ccg_a, comms_a, mp_a, london(2026, 6, 1, 10, 0), None)
    BriefingScheduleFactory(contact=mp_a)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    InteractionFactory(
        ccg=ccg_a, contact=mp_a, kind="meeting", summary="Walk-in centre consultation"
    )
    client.force_login(comms_a)

    html = client.get(_page(mp_a)).content.decode()

    assert "Waiting times at the walk-in centre" in html  # the letter's subject
    assert "30 Jun 2026" in html  # the briefing due
    assert "Walk-in centre consultation" in html


def test_the_list_shows_on_time_figures_for_the_year_asked(client, comms_a, ccg_a, mp_a):
    _letter(ccg_a, comms_a, mp_a, london(2026, 6, 1, 10, 0), london(2026, 6, 2, 10, 0))
    client.force_login(comms_a)

    this_year = client.get(LIST, {"year": "2026"}).content.decode()
    last_year = client.get(LIST, {"year": "2025"}).content.decode()

    assert "1 of 1 (100%)" in this_year
    assert "None answered yet" in last_year


def test_another_ccgs_mp_is_walled_off(client, comms_b, mp_a):
    schedule = BriefingScheduleFactory(contact=mp_a)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    briefing = schedule.briefings.get()
    client.force_login(comms_b)

    assert str(mp_a) not in client.get(LIST).content.decode()
    assert client.get(_page(mp_a)).status_code == 404
    add = reverse("media_desk:briefing_schedule_add", args=[mp_a.pk])
    assert client.get(add).status_code == 404
    held = reverse("media_desk:mp_briefing_held", args=[briefing.pk])
    assert client.post(held, _date("held_on", datetime.date(2026, 5, 2))).status_code == 404
    briefing.refresh_from_db()
    assert briefing.held_on is None


def test_staff_cannot_open_mp_pages(client, staff_a, mp_a):
    client.force_login(staff_a)

    assert client.get(LIST).status_code == 403
    assert client.get(_page(mp_a)).status_code == 403


def test_the_list_and_an_mps_page_read_in_bounded_queries(
    client, comms_a, ccg_a, mp_a, django_assert_max_num_queries
):
    for _ in range(10):
        mp = ContactFactory(ccg=ccg_a, kind="mp")
        BriefingScheduleFactory(contact=mp)
        _letter(ccg_a, comms_a, mp, london(2026, 6, 1, 10, 0), london(2026, 6, 2, 10, 0))
    for _ in range(5):
        _letter(ccg_a, comms_a, mp_a, london(2026, 6, 1, 10, 0), None)
    mp_briefings_daily(today=datetime.date(2026, 5, 1))
    client.force_login(comms_a)

    with django_assert_max_num_queries(14):
        listed = client.get(LIST, {"year": "2026"})
    with django_assert_max_num_queries(16):
        page = client.get(_page(mp_a))

    assert listed.content.decode().count("1 of 1 (100%)") == 10
    assert page.content.decode().count("Waiting times at the walk-in centre") == 5
