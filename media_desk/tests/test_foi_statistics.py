"""FOI statistics per quarter of the financial year: received, answered within 20 working days
(the response deadline met), extended, refused with the exemptions cited, internal reviews by
outcome, ICO referrals. The staff page, its CSV download, and who may see which CCG's."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from media_desk import selectors, services
from media_desk.models import Kind, Outcome, ReviewOutcome

from .factories import (
    CitedExemptionFactory,
    FoiDecisionFactory,
    logged_enquiry,
    london,
    responded_foi,
)

pytestmark = pytest.mark.django_db
URL = reverse("media_desk:foi_statistics")


@pytest.fixture
def year_2026(ccg_a, ccg_b, comms_a, comms_b):
    """Financial year 2026/27. In October to December: A answered in time (partly, s.43);
    B answered late, extended, refused (s.43 and s.40(2)), reviewed (upheld) and taken to the
    ICO; C not answered. In July to September: D answered in time. Not counted: CCG B's
    request and a media enquiry."""
    a = responded_foi(
        ccg=ccg_a,
        by=comms_a,
        received_at=london(2026, 11, 2, 10),
        responded_at=london(2026, 11, 10, 10),
    )
    b = responded_foi(
        ccg=ccg_a,
        by=comms_a,
        received_at=london(2026, 10, 1, 10),
        responded_at=london(2026, 11, 5, 10),
    )
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.FOI, received_at=london(2026, 11, 2, 11))
    responded_foi(
        ccg=ccg_a,
        by=comms_a,
        received_at=london(2026, 9, 1, 10),
        responded_at=london(2026, 9, 3, 10),
    )
    responded_foi(ccg=ccg_b, by=comms_b, received_at=london(2026, 11, 2, 10))
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 11, 2, 10))
    partly = FoiDecisionFactory(
        enquiry=a, outcome=Outcome.PROVIDED_PART, decided_at=london(2026, 11, 10, 9)
    )
    CitedExemptionFactory(decision=partly, section="43")
    refused = FoiDecisionFactory(
        enquiry=b,
        outcome=Outcome.REFUSED,
        decided_at=london(2026, 11, 5, 9),
        extension_requested_at=london(2026, 10, 20, 9),
        extension_working_days=20,
        referred_to_ico_at=london(2026, 12, 1, 9),
        review_outcome=ReviewOutcome.UPHELD,
    )
    CitedExemptionFactory(decision=refused, section="43")
    CitedExemptionFactory(decision=refused, section="40(2)")
    services.foi_review_request(enquiry=b, at=london(2026, 11, 10, 9))
    services.foi_review_complete(enquiry=b, at=london(2026, 11, 20, 9))


def test_the_quarters_of_a_financial_year_run_april_to_march_in_uk_time():
    quarters = selectors.foi_financial_year_quarters(year=2026)
    assert [q.label for q in quarters] == [
        "Q1 (April to June 2026)",
        "Q2 (July to September 2026)",
        "Q3 (October to December 2026)",
        "Q4 (January to March 2027)",
    ]
    assert quarters[0].starts_at == london(2026, 4, 1, 0, 0)
    assert quarters[3].ends_before == london(2027, 4, 1, 0, 0)


def test_each_figure_counts_the_ccgs_events_in_their_quarter(ccg_a, year_2026):
    q1, q2, q3, q4 = selectors.foi_statistics(
        ccg_ids=[ccg_a.pk], periods=selectors.foi_financial_year_quarters(year=2026)
    )
    assert (q2.received, q2.answered, q2.answered_in_time, q2.percent_in_time) == (1, 1, 1, 100.0)
    assert (q3.received, q3.answered, q3.answered_in_time, q3.percent_in_time) == (3, 2, 1, 50.0)
    assert (q3.extended, q3.refused, q3.ico_referrals) == (1, 1, 1)
    assert q3.exemptions == {"40(2)": 1, "43": 2}
    assert (q3.reviews_requested, q3.reviews_completed) == (1, 1)
    assert q3.review_outcomes == {ReviewOutcome.UPHELD: 1}
    assert (q1.received, q1.percent_in_time, q4.received) == (0, None, 0)


def test_the_page_shows_the_quarters_in_a_bounded_number_of_queries(
    client, comms_a, year_2026, django_assert_max_num_queries
):
    client.force_login(comms_a)
    client.get(URL)  # the session and scope warmed up
    with django_assert_max_num_queries(16):
        page = client.get(f"{URL}?year=2026")
    body = page.content.decode()
    assert page.status_code == 200
    assert "Q3 (October to December 2026)" in body
    assert "1 (50%)" in body
    assert "Exemption s.43 Commercial interests (qualified)" in body
    assert "Review upheld" in body and "Referred to the ICO" in body


def test_the_csv_download_has_a_row_per_quarter(client, comms_a, year_2026):
    client.force_login(comms_a)
    response = client.get(reverse("media_desk:foi_export", args=["csv"]) + "?year=2026")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["Quarter"] for r in rows][2] == "Q3 (October to December 2026)"
    q3 = rows[2]
    assert q3["Requests received"] == "3"
    assert q3["Answered within 20 working days (%)"] == "50.0"
    assert q3["Exemptions cited"] == "s.40(2): 1; s.43: 2"
    assert (q3["Reviews: upheld"], q3["Referred to the ICO"]) == ("1", "1")


def test_another_ccgs_team_sees_only_its_own_and_staff_are_refused(
    client, comms_b, staff_a, year_2026
):
    client.force_login(comms_b)
    rows = client.get(reverse("media_desk:foi_export", args=["csv"]) + "?year=2026")
    text = b"".join(rows.streaming_content).decode("utf-8-sig")
    q3 = list(csv.DictReader(io.StringIO(text)))[2]
    assert (q3["Requests received"], q3["Refused"]) == ("1", "0")
    client.force_login(staff_a)
    assert client.get(URL).status_code == 403


def test_an_unknown_year_shows_this_financial_year(client, comms_a):
    client.force_login(comms_a)
    today = datetime.date.today()
    current = today.year if today.month >= 4 else today.year - 1
    body = client.get(f"{URL}?year=1999").content.decode()
    assert f"April {current} to March {current + 1}" in body
