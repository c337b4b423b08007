"""Each kind of item gets the deadline docs/specs/working-time.md gives it, to the minute,
through enquiry_log."""

import datetime

import pytest

from accounts.models import ClosureDay
from media_desk.models import Kind, SlaPolicy, Urgency
from media_desk.services import (
    enquiry_update,
    foi_clarification_receive,
    foi_clarification_request,
    foi_fee_receive,
    foi_fees_notice_send,
    foi_review_extend,
    foi_review_request,
)
from media_desk.services.policies import sla_policies_ensure

from .factories import logged_enquiry, london

pytestmark = pytest.mark.django_db


def dues(enquiry) -> dict[str, datetime.datetime | None]:
    return {d.name: d.due_at for d in enquiry.deadlines.all()}


def log(ccg, user, **fields):
    return logged_enquiry(ccg=ccg, logged_by=user, **fields)


def test_a_media_enquiry_in_hours_gets_four_working_hours(ccg_a, comms_a):
    enquiry = log(ccg_a, comms_a, received_at=london(2026, 11, 16, 10, 0))
    assert not enquiry.out_of_hours
    assert dues(enquiry) == {"response": london(2026, 11, 16, 14, 0)}


def test_working_hours_carry_over_the_weekend(ccg_a, comms_a):
    # Fri 15:30: 1.5 hours on Friday, 2.5 on Monday.
    enquiry = log(ccg_a, comms_a, received_at=london(2026, 11, 13, 15, 30))
    assert dues(enquiry) == {"response": london(2026, 11, 16, 11, 30)}


def test_an_out_of_hours_media_call_gets_four_clock_hours(ccg_a, comms_a):
    enquiry = log(ccg_a, comms_a, received_at=london(2026, 11, 14, 10, 0))  # a Saturday
    assert enquiry.out_of_hours and enquiry.policy_kind == "media-urgent"
    assert dues(enquiry) == {"response": london(2026, 11, 14, 14, 0)}


def test_an_urgent_media_call_in_hours_gets_four_clock_hours(ccg_a, comms_a):
    enquiry = log(ccg_a, comms_a, received_at=london(2026, 11, 16, 15, 0), urgency=Urgency.URGENT)
    assert dues(enquiry) == {"response": london(2026, 11, 16, 19, 0)}


def test_a_journalists_sooner_deadline_is_the_deadline(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        received_at=london(2026, 11, 16, 10, 0),
        requester_deadline=london(2026, 11, 16, 12, 0),
    )
    assert dues(enquiry) == {"response": london(2026, 11, 16, 12, 0)}


def test_a_routine_mp_letter_gets_a_holding_reply_in_2_days_and_a_response_in_10(
    ccg_a, comms_a, mp_a
):
    enquiry = log(
        ccg_a, comms_a, kind=Kind.MP, requester_contact=mp_a, received_at=london(2026, 11, 2, 10, 0)
    )
    assert dues(enquiry) == {
        "holding": london(2026, 11, 4, 17, 0),
        "response": london(2026, 11, 16, 17, 0),
    }


def test_an_urgent_mp_letter_gets_4_working_hours_and_2_days(ccg_a, comms_a, mp_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.MP,
        requester_contact=mp_a,
        urgency=Urgency.URGENT,
        received_at=london(2026, 11, 2, 15, 0),
    )
    assert dues(enquiry) == {
        "holding": london(2026, 11, 3, 11, 0),
        "response": london(2026, 11, 4, 17, 0),
    }


def test_deadlines_are_right_in_summer_time(ccg_a, comms_a, mp_a):
    enquiry = log(
        ccg_a, comms_a, kind=Kind.MP, requester_contact=mp_a, received_at=london(2026, 6, 1, 10, 0)
    )
    holding = dues(enquiry)["holding"]
    assert holding == london(2026, 6, 3, 17, 0)
    assert holding.astimezone(datetime.UTC).hour == 16  # 17:00 BST is 16:00 UTC


def test_a_closure_day_is_not_a_working_day(ccg_a, comms_a, mp_a):
    ClosureDay.objects.create(ccg=ccg_a, date=datetime.date(2026, 11, 3), reason="Training day")
    enquiry = log(
        ccg_a, comms_a, kind=Kind.MP, requester_contact=mp_a, received_at=london(2026, 11, 2, 10, 0)
    )
    assert dues(enquiry)["holding"] == london(2026, 11, 5, 17, 0)


def test_a_scottish_ccg_skips_scottish_bank_holidays(ccg_a, comms_a, mp_a):
    ccg_a.nation = "Scotland"
    ccg_a.save()
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.MP,
        requester_contact=mp_a,
        received_at=london(2025, 12, 31, 10, 0),
    )
    # 1 and 2 January are both bank holidays in Scotland; only 1 January in England.
    assert dues(enquiry)["holding"] == london(2026, 1, 6, 17, 0)


def test_a_parliamentary_briefing_is_due_when_the_requester_says(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.BRIEFING,
        requester_name="NHS England regional team",
        received_at=london(2026, 11, 16, 9, 30),
        requester_deadline=london(2026, 11, 16, 16, 0),
    )
    assert dues(enquiry) == {"response": london(2026, 11, 16, 16, 0)}


def test_an_foi_request_gets_20_uk_working_days(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.FOI,
        requester_name="A. Person",
        received_at=london(2026, 11, 2, 10, 0),
    )
    # St Andrew's Day (Mon 30 Nov, Scotland) is not an FOI working day even for an English CCG.
    assert dues(enquiry) == {"response": london(2026, 12, 1, 23, 59, 59)}


def test_foi_clarification_stops_the_clock_and_restarts_it_on_arrival(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.FOI,
        requester_name="A. Person",
        received_at=london(2026, 11, 2, 10, 0),
    )
    foi_clarification_request(enquiry=enquiry, at=london(2026, 11, 4, 12, 0))
    assert dues(enquiry) == {"response": None}
    assert enquiry.next_due_at is None
    foi_clarification_receive(enquiry=enquiry, at=london(2026, 11, 9, 10, 0))
    assert dues(enquiry) == {"response": london(2026, 12, 8, 23, 59, 59)}


def test_a_fees_notice_pauses_the_foi_clock(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.FOI,
        requester_name="A. Person",
        received_at=london(2026, 11, 2, 10, 0),
    )
    foi_fees_notice_send(enquiry=enquiry, at=london(2026, 11, 5, 10, 0))
    assert dues(enquiry) == {"response": None}
    foi_fee_receive(enquiry=enquiry, at=london(2026, 11, 10, 10, 0))
    # Thu 5, Fri 6, Mon 9 and Tue 10 Nov are not counted: four working days later.
    assert dues(enquiry) == {"response": london(2026, 12, 7, 23, 59, 59)}


def test_an_internal_review_gets_20_working_days_extendable_to_40(ccg_a, comms_a):
    enquiry = log(
        ccg_a,
        comms_a,
        kind=Kind.FOI,
        requester_name="A. Person",
        received_at=london(2026, 10, 20, 10, 0),
    )
    enquiry.responded_at = london(2026, 11, 13, 10, 0)
    foi_review_request(enquiry=enquiry, at=london(2026, 11, 20, 12, 0))
    assert dues(enquiry)["review"] == london(2026, 12, 21, 23, 59, 59)
    foi_review_extend(enquiry=enquiry)
    assert dues(enquiry)["review"] == london(2027, 1, 22, 23, 59, 59)


def test_a_policy_change_affects_new_items_only(ccg_a, comms_a):
    sla_policies_ensure(ccg=ccg_a)
    old = log(ccg_a, comms_a, received_at=london(2026, 11, 16, 10, 0))
    SlaPolicy.objects.filter(ccg=ccg_a, kind="media").update(response_amount=2)
    new = log(ccg_a, comms_a, received_at=london(2026, 11, 16, 10, 0), subject="Another")
    enquiry_update(
        enquiry=old, data={}, version=None
    )  # re-working the old item's deadlines keeps its own rules
    assert dues(old) == {"response": london(2026, 11, 16, 14, 0)}
    assert dues(new) == {"response": london(2026, 11, 16, 12, 0)}


def test_the_queue_sort_key_is_the_soonest_open_deadline(ccg_a, comms_a, mp_a):
    enquiry = log(
        ccg_a, comms_a, kind=Kind.MP, requester_contact=mp_a, received_at=london(2026, 11, 2, 10, 0)
    )
    assert enquiry.next_due_at == london(2026, 11, 4, 17, 0)


def test_every_deadline_explains_itself(ccg_a, comms_a, mp_a):
    enquiry = log(
        ccg_a, comms_a, kind=Kind.MP, requester_contact=mp_a, received_at=london(2026, 11, 6, 16, 0)
    )
    holding = enquiry.deadlines.get(name="holding")
    assert any("skipped Sat 7 Nov 2026: Saturday" in line for line in holding.explanation)
    assert holding.explanation[-1].startswith("due at close of business on day 2")
