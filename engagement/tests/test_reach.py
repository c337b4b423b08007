"""People reached against target: each locality's attendance against the CCG's own reach target
for it (0.5% of its population until the CCG sets one), and the CCG's total, for a chosen period."""

from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.tests.factories import LocalityFactory
from engagement.periods import Period, financial_year
from engagement.selectors import reach_for_ccgs

from .factories import EventFactory, london

pytestmark = pytest.mark.django_db
YEAR = financial_year(2026)


def test_reach_is_counted_per_locality_and_for_the_ccg(ccg_a, bootle):
    crosby = LocalityFactory(ccg=ccg_a, name="Crosby", population=38000, reach_target_percent=1)
    EventFactory(ccg=ccg_a, locality=bootle, attendance=200)
    EventFactory(ccg=ccg_a, locality=bootle, attendance=100)
    EventFactory(ccg=ccg_a, locality=crosby, attendance=120)
    EventFactory(ccg=ccg_a, locality=None, attendance=30, kind="survey")
    EventFactory(ccg=ccg_a, locality=bootle, attendance=None)  # not held yet: counts nothing
    [reach] = reach_for_ccgs(ccg_ids=[ccg_a.pk], period=YEAR)
    rows = {row.name: row for row in reach.localities}
    assert (rows["Bootle"].target, rows["Bootle"].reached, rows["Bootle"].met) == (290, 300, True)
    assert rows["Bootle"].target_percent == Decimal("0.5")
    assert (rows["Crosby"].target, rows["Crosby"].percent_of_target) == (380, 32)
    assert reach.unplaced.reached == 30
    assert (reach.total.target, reach.total.reached, reach.total.events) == (670, 450, 5)


def test_a_ccg_without_localities_is_measured_against_half_a_percent(ccg_a):
    EventFactory(ccg=ccg_a, attendance=50)
    [reach] = reach_for_ccgs(ccg_ids=[ccg_a.pk], period=YEAR)
    assert reach.total.target == 500 and reach.total.reached == 50  # 0.5% of 100,000


def test_only_events_in_the_period_count(ccg_a, bootle):
    EventFactory(ccg=ccg_a, locality=bootle, attendance=10, starts_at=london(2026, 3, 31, 23, 30))
    EventFactory(ccg=ccg_a, locality=bootle, attendance=20, starts_at=london(2026, 4, 1, 0, 30))
    [reach] = reach_for_ccgs(ccg_ids=[ccg_a.pk], period=YEAR)
    assert reach.total.reached == 20  # UK midnight, not UTC, starts the financial year
    [spring] = reach_for_ccgs(ccg_ids=[ccg_a.pk], period=Period(YEAR.start, YEAR.start))
    assert spring.total.reached == 20


def test_the_reach_page_shows_only_the_users_ccgs_and_checks_the_period(
    client, governor_a, ccg_a, ccg_b, bootle, django_assert_max_num_queries
):
    LocalityFactory(ccg=ccg_b, name="Darlington North")
    EventFactory(ccg=ccg_a, locality=bootle, attendance=64)
    client.force_login(governor_a)
    with django_assert_max_num_queries(10):
        body = client.get(reverse("engagement:reach"), {"year": "2026"}).content.decode()
    assert "Bootle" in body and "Darlington North" not in body and "64" in body
    bad = {"start_day": "1", "start_month": "6", "start_year": "2026"}
    bad |= {"end_day": "1", "end_month": "5", "end_year": "2026"}
    body = client.get(reverse("engagement:reach"), bad).content.decode()
    assert "The end of the period must be on or after its start." in body


@pytest.mark.parametrize(
    ("reached", "band", "label"),
    [
        (290, "met", "Target met"),
        (400, "met", "Target met"),
        (218, "near", "Nearly there"),
        (116, "behind", "Behind target"),
        (113, "far", "Far behind target"),
        (0, "far", "Far behind target"),
    ],
)
def test_the_band_says_how_far_from_target(reached, band, label):
    from engagement.selectors.reach import ReachRow

    row = ReachRow(
        "Bootle", 58000, 290, reached=reached
    )  # 75% is 217.5 (rounded: 218 shows 75%), 40% is 116
    assert (row.band, row.band_label) == (band, label)
    assert row.meter_value == min(reached, 290)


def test_the_reach_page_shows_a_bar_and_the_figure_and_names_the_ccgs_own_target(
    client, comms_a, ccg_a, bootle
):
    EventFactory(ccg=ccg_a, locality=bootle, attendance=100)  # target 290: 34%
    client.force_login(comms_a)
    body = client.get(reverse("engagement:reach"), {"year": "2026"}).content.decode()
    assert '<div class="portal-reach portal-reach--far">' in body
    assert '<meter class="portal-reach__bar" min="0" max="290" value="100"' in body
    assert "<strong>34%</strong>" in body and "Far behind target" in body
    assert "the CCG&#x27;s own target" in body or "the CCG's own target" in body
    assert "Thurrock" not in body and " style=" not in body.split("<main", 1)[1]
