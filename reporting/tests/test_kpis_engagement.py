"""Engagement's and the register's KPIs on known data: exact values."""

import datetime

import pytest

from accounts.tests.factories import LocalityFactory
from engagement.models import ChecklistItem, Consultation, ConsultationCheck, EqualityCount
from engagement.models import Response as WeDid
from engagement.tests.factories import (
    EventFactory,
    FeedbackFactory,
    ThemeFactory,
    london,
    response_for,
)
from reporting.kpis import CATALOGUE, Period
from stakeholders.tests.factories import ContactFactory, SegmentFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db
NOVEMBER = Period(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


def kpi(key, ccg, period=NOVEMBER):
    return CATALOGUE[key].compute(ccg_id=ccg.pk, period=period)


@pytest.fixture
def events(ccg_a, ccg_b):
    bootle = LocalityFactory(ccg=ccg_a, name="Bootle", population=20000)  # target 100
    crosby = LocalityFactory(ccg=ccg_a, name="Crosby", population=40000)  # target 200
    EventFactory(ccg=ccg_a, locality=bootle, attendance=30, starts_at=london(2026, 11, 4, 18))
    EventFactory(ccg=ccg_a, locality=bootle, attendance=20, starts_at=london(2026, 11, 30, 18))
    EventFactory(ccg=ccg_a, locality=crosby, attendance=40, starts_at=london(2026, 11, 10, 18))
    EventFactory(ccg=ccg_a, attendance=5, starts_at=london(2026, 11, 12, 18))
    EventFactory(ccg=ccg_a, locality=crosby, attendance=60, starts_at=london(2026, 5, 1, 18))
    EventFactory(ccg=ccg_a, locality=crosby, attendance=99, starts_at=london(2026, 3, 1, 18))
    EventFactory(ccg=ccg_b, attendance=500, starts_at=london(2026, 11, 4, 18))
    return bootle, crosby


def test_events_and_people_reached_per_locality(ccg_a, events):
    held, reached = kpi("engagement_events", ccg_a), kpi("people_reached", ccg_a)
    assert (held.value, held.breakdown) == (
        4,
        {"Bootle": 2, "Crosby": 1, "Not tied to a locality": 1},
    )
    assert (reached.value, reached.breakdown) == (
        95,
        {"Bootle": 50, "Crosby": 40, "Not tied to a locality": 5},
    )


def test_reach_against_the_years_target_counts_from_april(ccg_a, events):
    # Since 1 April: 30 + 20 + 5 (no locality) in Bootle's and the CCG's, 40 + 60 in Crosby.
    value = kpi("reach_against_target", ccg_a)
    assert (value.numerator, value.denominator, value.value) == (155, 300, 51.7)
    assert value.breakdown == {"Bootle": 50, "Crosby": 50}


def test_seldom_heard_groups_reached(ccg_a):
    travellers = SegmentFactory(ccg=ccg_a, name="Gypsy and Traveller families", kind="seldom_heard")
    carers = SegmentFactory(ccg=ccg_a, name="Young carers", kind="seldom_heard")
    audience = SegmentFactory(ccg=ccg_a, name="Parents", kind="audience")
    first = EventFactory(ccg=ccg_a, starts_at=london(2026, 11, 4, 18))
    second = EventFactory(ccg=ccg_a, starts_at=london(2026, 11, 5, 18))
    earlier = EventFactory(ccg=ccg_a, starts_at=london(2026, 10, 5, 18))
    first.seldom_heard_reached.add(travellers, carers, audience)
    second.seldom_heard_reached.add(travellers)
    earlier.seldom_heard_reached.add(carers)
    value = kpi("seldom_heard_reached", ccg_a)
    assert (value.value, value.breakdown) == (
        2,
        {"Gypsy and Traveller families": 2, "Young carers": 1},
    )


def test_equality_monitoring_returns(ccg_a):
    first = EventFactory(ccg=ccg_a, attendance=30, starts_at=london(2026, 11, 4, 18))
    second = EventFactory(ccg=ccg_a, attendance=30, starts_at=london(2026, 11, 5, 18))
    rows = [
        (first, "age", "16_24", 10),
        (first, "age", "25_34", 8),  # 18 answered age at the first event
        (first, "sex", "female", 12),
        (second, "sex", "male", 7),
    ]
    for event, characteristic, category, count in rows:
        EqualityCount.objects.create(
            ccg=ccg_a, event=event, characteristic=characteristic, category=category, count=count
        )
    value = kpi("equality_returns", ccg_a)
    assert value.value == 25
    assert (value.breakdown["Age"], value.breakdown["Sex"], value.breakdown["Disability"]) == (
        18,
        19,
        0,
    )


def test_you_said_by_theme(ccg_a):
    gp, transport = (
        ThemeFactory(ccg=ccg_a, name="GP access"),
        ThemeFactory(ccg=ccg_a, name="Transport"),
    )
    FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 11, 2)).themes.add(gp, transport)
    FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 11, 3)).themes.add(gp)
    FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 11, 4))
    FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 10, 4)).themes.add(gp)
    value = kpi("you_said_by_theme", ccg_a)
    assert (value.value, value.breakdown) == (3, {"GP access": 2, "Transport": 1})


def test_we_did_done_published_and_overdue(ccg_a, comms_a):
    def response(heard, **fields):
        feedback = FeedbackFactory(ccg=ccg_a, received_on=heard)
        made = response_for(feedback=feedback, by=comms_a)
        WeDid.objects.filter(pk=made.pk).update(created_at=london(2026, 10, 1, 9), **fields)

    done = {"status": "done", "completed_at": london(2026, 11, 10, 9)}
    response(datetime.date(2026, 10, 1), **done, published_at=london(2026, 11, 11, 9))
    response(datetime.date(2026, 11, 2), **done)
    response(datetime.date(2026, 10, 1))  # due at the end of October, still open: overdue
    response(datetime.date(2026, 10, 1), status="done", completed_at=london(2026, 12, 1, 9))
    response(datetime.date(2026, 11, 20))  # due in December
    assert kpi("we_did_done", ccg_a).value == 2
    assert kpi("we_did_published", ccg_a).value == 1
    assert kpi("we_did_overdue", ccg_a).value == 2  # completed only after the period: overdue then


def test_consultations_open_and_their_checklist(ccg_a):
    def consultation(opens, closes):
        return Consultation.objects.create(
            ccg=ccg_a, title="Urgent care review", summary="-", opens_on=opens, closes_on=closes
        )

    complete = consultation(datetime.date(2026, 9, 1), datetime.date(2026, 12, 1))
    partial = consultation(datetime.date(2026, 10, 1), datetime.date(2026, 12, 24))
    consultation(datetime.date(2026, 6, 1), datetime.date(2026, 9, 1))  # closed
    for item in ChecklistItem:
        if item not in (ChecklistItem.EIA_AFTER, ChecklistItem.GUNNING_CONSIDERED):
            ConsultationCheck.objects.create(
                ccg=ccg_a, consultation=complete, item=item, done_on=datetime.date(2026, 8, 20)
            )
    ConsultationCheck.objects.create(
        ccg=ccg_a,
        consultation=partial,
        item=ChecklistItem.EIA_BEFORE,
        done_on=datetime.date(2026, 9, 20),
    )
    assert kpi("consultations_open", ccg_a).value == 2
    value = kpi("consultations_checklist_complete", ccg_a)
    assert (value.value, value.numerator, value.denominator) == (50.0, 1, 2)


def test_stakeholders_by_quadrant(ccg_a, ccg_b):
    for interest, influence in [(5, 5), (4, 4), (1, 5), (5, 1), (2, 2), (None, 3)]:
        ContactFactory(ccg=ccg_a, interest=interest, influence=influence)
    ContactFactory(ccg=ccg_b, interest=5, influence=5)
    value = kpi(
        "stakeholders_by_quadrant",
        ccg_a,
        Period(datetime.date(2099, 1, 1), datetime.date(2099, 1, 31)),
    )
    assert (value.value, value.breakdown) == (
        5,
        {"Manage closely": 2, "Keep satisfied": 1, "Keep informed": 1, "Monitor": 1},
    )
    assert kpi("stakeholders_by_quadrant", ccg_a).value == 0  # none in the register yet


def test_subscribers_new_consents_and_withdrawals(ccg_a):
    def subscription(subscribed, withdrawn=None, basis="consent"):
        SubscriptionFactory(
            contact=ContactFactory(ccg=ccg_a),
            subscribed_on=subscribed,
            consent_date=subscribed if basis == "consent" else None,
            lawful_basis=basis,
            withdrawn_on=withdrawn,
            withdrawal_reason="requested" if withdrawn else "",
        )

    subscription(datetime.date(2026, 1, 5))
    subscription(datetime.date(2026, 11, 5))
    subscription(datetime.date(2026, 11, 6), basis="public_task")
    subscription(datetime.date(2026, 2, 5), withdrawn=datetime.date(2026, 11, 9))
    subscription(datetime.date(2026, 2, 5), withdrawn=datetime.date(2026, 12, 9))
    subscription(datetime.date(2026, 12, 2))
    assert kpi("list_subscribers", ccg_a).value == 4
    assert kpi("list_new_consents", ccg_a).value == 1
    assert kpi("list_withdrawals", ccg_a).value == 1
