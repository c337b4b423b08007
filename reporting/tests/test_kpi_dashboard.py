"""The governing body dashboard: snapshots only, per CCG and together, RAG, trends, exports."""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.tests.factories import member
from reporting.models import KpiSnapshot
from reporting.tests.factories import KpiTargetFactory

pytestmark = pytest.mark.django_db
URL = reverse("reporting:dashboard")


def figures(met, answered, overdue):
    return {
        "media_answered_in_target": {
            "value": round(100 * met / answered, 1),
            "numerator": met,
            "denominator": answered,
        },
        "items_overdue": {"value": overdue, "breakdown": {"Media enquiry": overdue}},
    }


def snapshot(ccg, day, **kwargs):
    return KpiSnapshot.objects.create(ccg=ccg, taken_on=day, figures=figures(**kwargs))


@pytest.fixture
def year_of_snapshots(ccg_a, ccg_b):
    """Month ends from December 2025 to October 2026, and 1-15 November 2026 (A: 9 of 10 then
    7 of 10; B: 1 of 2)."""
    for month in range(1, 12):
        day = datetime.date(2025, 12, 28) if month == 1 else datetime.date(2026, month - 1, 28)
        snapshot(ccg_a, day, met=9, answered=10, overdue=month)
    snapshot(ccg_a, datetime.date(2026, 11, 14), met=1, answered=10, overdue=40)
    snapshot(ccg_a, datetime.date(2026, 11, 15), met=7, answered=10, overdue=3)
    snapshot(ccg_b, datetime.date(2026, 11, 15), met=1, answered=2, overdue=2)


def page(client, user, **params):
    client.force_login(user)
    return client.get(URL, params).content.decode()


def test_one_ccgs_month_shows_its_latest_snapshot_against_its_target(
    client, governor_a, ccg_a, year_of_snapshots
):
    KpiTargetFactory(ccg=ccg_a, target=Decimal(90), amber_limit=Decimal(75))
    body = page(client, governor_a, ccg="A01", month="2026-11")
    assert "NHS Alpha CCG: communications and engagement KPIs" in body
    assert "November 2026: figures to 15 November 2026" in body
    assert '<p class="kpi-value">70%' in body  # the 15th's, not the 14th's 10%
    assert "Off target" in body and "7 of 10" in body
    assert "Target 90% (amber to 75%)" in body
    assert "Down 20 points on the month before" in body
    # The trend table: 12 months, the oldest December 2025.
    assert (
        '<td class="nhsuk-table__cell">Dec 2025</td><td class="nhsuk-table__cell">90%</td>' in body
    )
    assert "Nov 2025" not in body


def test_all_ccgs_together_add_up_numerators_and_denominators(
    client, ccg_a, ccg_b, year_of_snapshots
):
    both = member(ccg=ccg_a, role="Governing body")
    member(ccg=ccg_b, role="Governing body", user=both)
    body = page(client, both, month="2026-11")
    assert "All your CCGs: communications and engagement KPIs" in body
    assert '<p class="kpi-value">66.7%' in body and "8 of 12" in body  # (7 + 1) of (10 + 2)
    assert '<p class="kpi-value">5' in body  # 3 + 2 overdue items


def test_a_month_without_snapshots_says_so(client, governor_a, year_of_snapshots):
    body = page(client, governor_a, month="2024-01")
    assert "There are no figures for January 2024 yet" in body


def test_another_ccgs_dashboard_is_not_found(client, governor_a, ccg_b, year_of_snapshots):
    client.force_login(governor_a)
    assert client.get(URL, {"ccg": "B01"}).status_code == 404


def test_staff_cannot_see_the_dashboard(client, staff_a):
    client.force_login(staff_a)
    assert client.get(URL).status_code == 403


def test_the_dashboard_is_read_only(client, governor_a):
    client.force_login(governor_a)
    assert client.post(URL, {"month": "2026-11"}).status_code == 405


def test_the_dashboard_reads_a_bounded_number_of_queries_however_many_months_of_data(
    client, governor_a, ccg_a, django_assert_num_queries, django_assert_max_num_queries
):
    client.force_login(governor_a)
    client.get(URL)  # the session and the scope, read once
    KpiSnapshot.objects.create(ccg=ccg_a, taken_on=datetime.date(2026, 11, 1), figures={})
    with django_assert_max_num_queries(10) as one_month:
        client.get(URL, {"month": "2026-11"})
    start = datetime.date(2023, 11, 2)
    KpiSnapshot.objects.bulk_create(
        KpiSnapshot(
            ccg=ccg_a,
            taken_on=start + datetime.timedelta(days=n),
            figures=figures(met=1, answered=2, overdue=n),
        )
        for n in range(3 * 365)
    )
    with django_assert_num_queries(len(one_month.captured_queries)):
        client.get(URL, {"month": "2026-11"})


def test_snapshots_download_as_csv_and_json(client, governor_a, ccg_a, year_of_snapshots):
    client.force_login(governor_a)
    params = {"ccg": "A01", "month": "2026-11"}
    response = client.get(reverse("reporting:snapshots_csv"), params)
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:4] == ["CCG", "ODS code", "Date", "KPI"]
    assert sorted(rows[-2:]) == [
        [
            "NHS Alpha CCG",
            "A01",
            "2026-11-15",
            "items_overdue",
            "Overdue items",
            "count",
            "3",
            "",
            "",
        ],
        [
            "NHS Alpha CCG",
            "A01",
            "2026-11-15",
            "media_answered_in_target",
            "Media enquiries answered within target",
            "percent",
            "70.0",
            "7",
            "10",
        ],
    ]
    assert len(rows) == 1 + 2 * 13  # 11 month ends and two November days, two KPIs each
    data = json.loads(client.get(reverse("reporting:snapshots_json"), params).content)
    assert data["snapshots"][-1] == {
        "ccg": "NHS Alpha CCG",
        "ods_code": "A01",
        "date": "2026-11-15",
        "figures": figures(met=7, answered=10, overdue=3),
    }
    assert {k["key"] for k in data["kpis"]} >= {"media_answered_in_target", "items_overdue"}


def yesterday():
    from django.utils import timezone

    return timezone.localdate() - datetime.timedelta(days=1)


def test_the_governing_body_home_shows_the_headline_kpis(client, governor_a, ccg_a):
    snapshot(ccg_a, yesterday(), met=7, answered=10, overdue=3)
    KpiTargetFactory(ccg=ccg_a, target=Decimal(90), amber_limit=Decimal(75))
    KpiTargetFactory(ccg=ccg_a, kpi="items_overdue", target=Decimal(3), amber_limit=Decimal(5))
    client.force_login(governor_a)
    body = client.get("/").content.decode()
    assert f"Headline KPIs, {yesterday():%B %Y}" in body
    assert (
        "Media enquiries answered within target</dt>\n"
        '      <dd class="nhsuk-summary-list__value">70%\n'
        '        <strong class="nhsuk-tag nhsuk-tag--red">Off target</strong>'
    ) in body
    assert "Overdue items</dt>" in body and "On target" in body
    assert "Items received, by kind" not in body  # not a headline KPI


def test_the_comms_home_lists_this_months_red_kpis_in_queries_that_do_not_grow(
    client, comms_a, ccg_a, django_assert_num_queries
):
    snapshot(ccg_a, yesterday(), met=7, answered=10, overdue=3)
    KpiTargetFactory(ccg=ccg_a, target=Decimal(90), amber_limit=Decimal(75))
    KpiTargetFactory(ccg=ccg_a, kpi="items_overdue", target=Decimal(3), amber_limit=Decimal(5))
    client.force_login(comms_a)
    client.get("/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as two_targets:
        body = client.get("/").content.decode()
    assert f"KPIs off target in {yesterday():%B %Y}" in body
    assert (
        "Media enquiries answered within target: 70% against a target of 90% (NHS Alpha CCG)"
        in body
    )
    assert "Overdue items:" not in body  # on target
    for key in ["mp_response_in_target", "foi_in_20_working_days", "we_did_overdue"]:
        KpiTargetFactory(ccg=ccg_a, kpi=key, target=Decimal(1), amber_limit=Decimal(1))
    with django_assert_num_queries(len(two_targets.captured_queries)):
        client.get("/")
