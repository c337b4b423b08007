"""The media desk's KPIs on known data: exact values."""

import datetime

import pytest

from media_desk.models import Kind, Tone
from media_desk.selectors import desk_summary
from media_desk.services import enquiry_close, enquiry_respond, enquiry_send_holding_reply
from media_desk.services import enquiry_sign_off as sign_off
from media_desk.tests.factories import CoverageFactory, PressReleaseFactory, logged_enquiry, london
from reporting.kpis import CATALOGUE, Period
from stakeholders.tests.factories import ContactFactory

pytestmark = pytest.mark.django_db
NOVEMBER = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


def kpi(key, ccg, period=NOVEMBER):
    return CATALOGUE[key].compute(ccg_id=ccg.pk, period=period)


def responded(enquiry, at):
    sign_off(enquiry=enquiry, signed_off_by="Director", response="Our statement.", at=at)
    return enquiry_respond(enquiry=enquiry, response="Our statement.", at=at)


def media(ccg, by, received, **fields):
    return logged_enquiry(ccg=ccg, logged_by=by, received_at=received, **fields)


def test_media_enquiries_within_target_counts_responses_sent_in_the_period(ccg_a, comms_a):
    # 4 working hours: received Monday 10:00, due 14:00.
    responded(media(ccg_a, comms_a, london(2026, 11, 2, 10)), london(2026, 11, 2, 12))
    responded(media(ccg_a, comms_a, london(2026, 11, 2, 10)), london(2026, 11, 3, 12))
    responded(media(ccg_a, comms_a, london(2026, 11, 9, 10)), london(2026, 11, 9, 11))
    responded(media(ccg_a, comms_a, london(2026, 10, 30, 10)), london(2026, 10, 30, 16))  # Oct
    value = kpi("media_answered_in_target", ccg_a)
    assert (value.value, value.numerator, value.denominator) == (66.7, 2, 3)


def test_nothing_answered_gives_no_percentage_rather_than_zero(ccg_a):
    assert kpi("media_answered_in_target", ccg_a).value is None


def test_mp_holding_replies_and_full_responses_are_measured_apart(ccg_a, comms_a):
    mp = ContactFactory(ccg=ccg_a, kind="mp")
    on_time = media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.MP, requester_contact=mp)
    late = media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.MP, requester_contact=mp)
    # Holding reply within 2 working days, full response within 10.
    enquiry_send_holding_reply(
        enquiry=on_time, text="We are looking into it.", at=london(2026, 11, 3, 9)
    )
    enquiry_send_holding_reply(
        enquiry=late, text="We are looking into it.", at=london(2026, 11, 10, 9)
    )
    responded(on_time, london(2026, 11, 12, 9))
    holding, response = kpi("mp_holding_in_target", ccg_a), kpi("mp_response_in_target", ccg_a)
    assert (holding.value, holding.numerator, holding.denominator) == (50.0, 1, 2)
    assert (response.value, response.numerator, response.denominator) == (100.0, 1, 1)


def test_foi_within_20_working_days(ccg_a, comms_a):
    responded(
        media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.FOI), london(2026, 11, 20, 9)
    )
    responded(media(ccg_a, comms_a, london(2026, 10, 1, 10), kind=Kind.FOI), london(2026, 11, 5, 9))
    value = kpi("foi_in_20_working_days", ccg_a)
    assert (value.value, value.numerator, value.denominator) == (50.0, 1, 2)


def test_median_time_to_respond_by_kind(ccg_a, comms_a):
    for received, sent in [((2, 10), (2, 12)), ((2, 10), (3, 12)), ((9, 10), (9, 11))]:
        responded(media(ccg_a, comms_a, london(2026, 11, *received)), london(2026, 11, *sent))
    responded(
        media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.FOI), london(2026, 11, 4, 10)
    )
    value = kpi("response_hours_median", ccg_a)
    assert value.value == 2.0
    assert value.breakdown == {"Media enquiry": 2.0, "FOI request": 48.0}


def test_open_and_overdue_count_items_not_deadlines_as_they_stood(ccg_a, ccg_b, comms_a, comms_b):
    mp = ContactFactory(ccg=ccg_a, kind="mp")
    # Both deadlines of this letter (holding 4 Nov, response 16 Nov) have passed by 20 Nov.
    media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.MP, requester_contact=mp)
    media(ccg_a, comms_a, london(2026, 11, 19, 10))  # due 19 Nov 14:00: overdue
    media(ccg_a, comms_a, london(2026, 11, 20, 16, 30))  # due Monday 23 Nov: open, on track
    closed_later = media(ccg_a, comms_a, london(2026, 11, 10, 10))  # overdue until closed
    enquiry_close(enquiry=closed_later, at=london(2026, 11, 25, 10))
    closed_before = media(ccg_a, comms_a, london(2026, 11, 2, 10))
    enquiry_close(enquiry=closed_before, at=london(2026, 11, 3, 10))
    media(ccg_a, comms_a, london(2026, 11, 23, 10))  # after the period
    media(ccg_b, comms_b, london(2026, 11, 19, 10))  # another CCG
    period = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 20))
    open_items, overdue = kpi("items_open", ccg_a, period), kpi("items_overdue", ccg_a, period)
    assert (open_items.value, open_items.breakdown) == (
        4,
        {"Media enquiry": 3, "MP/councillor letter": 1},
    )
    assert (overdue.value, overdue.breakdown) == (
        3,
        {"Media enquiry": 2, "MP/councillor letter": 1},
    )


def test_the_desk_summary_counts_each_open_item_once(ccg_a, comms_a):
    mp = ContactFactory(ccg=ccg_a, kind="mp")
    # Holding reply overdue, full response on track: one overdue item, not two deadlines.
    media(ccg_a, comms_a, london(2026, 11, 2, 10), kind=Kind.MP, requester_contact=mp)
    media(ccg_a, comms_a, london(2026, 11, 5, 9, 30))  # due 13:30
    media(ccg_a, comms_a, london(2026, 11, 5, 9, 45))  # due 13:45
    media(ccg_a, comms_a, london(2026, 11, 5, 12, 0))  # due 16:00
    now = london(2026, 11, 5, 13, 0)
    summary = desk_summary(ccg_ids=[ccg_a.pk], now=now, since=now - datetime.timedelta(days=30))
    assert (summary["overdue"], summary["due_soon"], summary["on_track"]) == (1, 2, 1)


def test_items_received_by_kind_category_and_outlet(ccg_a, comms_a):
    mp = ContactFactory(ccg=ccg_a, kind="mp")
    for outlet in ["Echo", "Echo", "BBC Tees"]:
        media(ccg_a, comms_a, london(2026, 11, 2, 10), requester_outlet=outlet, category="finance")
    media(ccg_a, comms_a, london(2026, 11, 3, 10), kind=Kind.MP, requester_contact=mp)
    media(ccg_a, comms_a, london(2026, 10, 3, 10), requester_outlet="Echo")  # October
    assert kpi("enquiries_by_kind", ccg_a).breakdown == {
        "Media enquiry": 3,
        "MP/councillor letter": 1,
    }
    assert kpi("enquiries_by_category", ccg_a).breakdown == {
        "Finance and funding": 3,
        "General": 1,
    }
    by_outlet = kpi("enquiries_by_outlet", ccg_a)
    assert (by_outlet.value, by_outlet.breakdown) == (
        4,
        {"Echo": 2, "BBC Tees": 1, "Not recorded": 1},
    )


def test_outlets_beyond_the_top_ten_add_up_as_other(ccg_a, comms_a):
    for n in range(12):
        media(ccg_a, comms_a, london(2026, 11, 2, 10), requester_outlet=f"Outlet {n:02d}")
    breakdown = kpi("enquiries_by_outlet", ccg_a).breakdown
    assert len(breakdown) == 11 and breakdown["Other"] == 2


def test_coverage_by_tone_and_press_releases(ccg_a):
    for tone in [Tone.POSITIVE, Tone.POSITIVE, Tone.NEGATIVE, Tone.NEUTRAL]:
        CoverageFactory(ccg=ccg_a, tone=tone, published_on=datetime.date(2026, 11, 3))
    CoverageFactory(ccg=ccg_a, tone=Tone.NEGATIVE, published_on=datetime.date(2026, 10, 3))
    PressReleaseFactory(ccg=ccg_a, take_up=3, issued_on=datetime.date(2026, 11, 2))
    PressReleaseFactory(ccg=ccg_a, take_up=2, issued_on=datetime.date(2026, 11, 30))
    PressReleaseFactory(ccg=ccg_a, take_up=9, issued_on=datetime.date(2026, 12, 1))
    coverage = kpi("coverage_positive", ccg_a)
    assert (coverage.value, coverage.breakdown) == (
        50.0,
        {"Positive": 2, "Neutral": 1, "Negative": 1},
    )
    releases = kpi("press_releases", ccg_a)
    assert (releases.value, releases.breakdown) == (2, {"Outlets that used them": 5})


@pytest.fixture
def foi_decisions(ccg_a, ccg_b, comms_a, comms_b):
    """In November: one request extended, refused under s.43 and s.40(2), reviewed (partly
    upheld) and taken to the ICO; one answered in part citing s.43 (an exemption, not a refusal);
    another refused under s.43 decided in October and another CCG's refusal (not counted)."""
    from media_desk.models import Outcome, ReviewOutcome
    from media_desk.services import foi_review_complete, foi_review_request
    from media_desk.tests.factories import (
        CitedExemptionFactory,
        FoiDecisionFactory,
        responded_foi,
    )

    refused = responded_foi(ccg=ccg_a, by=comms_a, received_at=london(2026, 10, 12, 10))
    decision = FoiDecisionFactory(
        enquiry=refused,
        outcome=Outcome.REFUSED,
        decided_at=london(2026, 11, 3, 9),
        extension_requested_at=london(2026, 11, 2, 9),
        referred_to_ico_at=london(2026, 11, 27, 9),
        review_outcome=ReviewOutcome.PARTLY_UPHELD,
    )
    CitedExemptionFactory(decision=decision, section="43")
    CitedExemptionFactory(decision=decision, section="40(2)")
    foi_review_request(enquiry=refused, at=london(2026, 11, 10, 9))
    foi_review_complete(enquiry=refused, at=london(2026, 11, 24, 9))
    partly = responded_foi(ccg=ccg_a, by=comms_a, received_at=london(2026, 10, 19, 10))
    in_part = FoiDecisionFactory(
        enquiry=partly, outcome=Outcome.PROVIDED_PART, decided_at=london(2026, 11, 4, 9)
    )
    CitedExemptionFactory(decision=in_part, section="43")
    october = responded_foi(ccg=ccg_a, by=comms_a, received_at=london(2026, 9, 14, 10))
    earlier = FoiDecisionFactory(
        enquiry=october, outcome=Outcome.REFUSED, decided_at=london(2026, 10, 9, 9)
    )
    CitedExemptionFactory(decision=earlier, section="43")
    elsewhere = responded_foi(ccg=ccg_b, by=comms_b, received_at=london(2026, 10, 12, 10))
    FoiDecisionFactory(
        enquiry=elsewhere,
        outcome=Outcome.REFUSED,
        decided_at=london(2026, 11, 3, 9),
        referred_to_ico_at=london(2026, 11, 5, 9),
    )


def test_foi_extended_refused_reviews_and_ico_referrals(ccg_a, foi_decisions):
    assert kpi("foi_extended", ccg_a).value == 1
    refused = kpi("foi_refused", ccg_a)
    assert (refused.value, refused.breakdown) == (1, {"s.40(2)": 1, "s.43": 2})
    reviews = kpi("foi_internal_reviews", ccg_a)
    assert (reviews.value, reviews.breakdown) == (1, {"Completed": 1, "Partly upheld": 1})
    assert kpi("foi_ico_referrals", ccg_a).value == 1


def test_a_month_without_foi_decisions_counts_zero(ccg_a):
    for key in ("foi_extended", "foi_refused", "foi_internal_reviews", "foi_ico_referrals"):
        assert kpi(key, ccg_a).value == 0, key
