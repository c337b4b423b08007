"""The monthly one-page KPI report: PDF and XLSX from the snapshots, made on each CCG's first
working day of the month, kept in the archive."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.tests.factories import ClosureDayFactory
from core.tests.pdf_read import assert_tagged
from reporting.kpis import CATALOGUE
from reporting.models import KpiSnapshot, MonthlyReport
from reporting.services import first_working_day, monthly_report_make, monthly_reports_daily
from reporting.tests.factories import KpiTargetFactory

pytestmark = pytest.mark.django_db
FIGURES = {
    "media_answered_in_target": {"value": 70.0, "numerator": 7, "denominator": 10},
    "items_overdue": {"value": 3, "breakdown": {"Media enquiry": 3}},
}


def test_the_report_holds_the_months_kpis_as_pdf_and_xlsx(ccg_a):
    KpiSnapshot.objects.create(ccg=ccg_a, taken_on=datetime.date(2026, 11, 30), figures=FIGURES)
    KpiTargetFactory(ccg=ccg_a, target=Decimal(90), amber_limit=Decimal(75))
    report = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 11, 1))
    assert bytes(report.pdf).startswith(b"%PDF")
    assert b"/Lang" in bytes(report.pdf) and b"/Outlines" in bytes(report.pdf)
    sheet = load_workbook(io.BytesIO(bytes(report.xlsx))).active
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert (
        rows[0]
        == ("NHS Alpha CCG: communications and engagement KPIs, November 2026",) + (None,) * 5
    )
    assert (
        "Media desk",
        "Media enquiries answered within target",
        "70%",
        "Off target",
        "90% (amber to 75%)",
        None,
    ) in rows
    assert ("Media desk", "Overdue items", "3", None, None, None) in rows


def test_the_pdf_is_tagged_with_the_headline_trends_as_figures(ccg_a):
    KpiSnapshot.objects.create(ccg=ccg_a, taken_on=datetime.date(2026, 11, 30), figures=FIGURES)
    report = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 11, 1))
    doc = assert_tagged(bytes(report.pdf))
    assert doc.roles()[:4] == ["H1", "P", "H2", "Table"]
    table = doc.find("Table")[0]
    assert [c.attributes["Scope"] for c in table.kids[1].kids] == ["/Column"] * 5
    assert table.kids[2].roles() == ["TH", "TD", "TD", "TD", "TD"]
    figures = doc.find("Figure")
    headline = [k for k in CATALOGUE.values() if k.headline]
    assert len(figures) == len(headline) > 0
    (answered,) = [f for f in figures if "Media enquiries answered within target" in f.alt]
    assert answered.alt.startswith(
        "Bar chart of Media enquiries answered within target by month, "
        "December 2025 to November 2026: Dec 2025 No data"
    )
    assert answered.alt.endswith("Nov 2026 70%")


def test_the_first_working_day_follows_the_ccgs_calendar(ccg_a):
    # 1 January 2027 is a bank holiday (a Friday); the CCG closes on Monday 4th too.
    ClosureDayFactory(ccg=ccg_a, date=datetime.date(2027, 1, 4))
    assert first_working_day(ccg=ccg_a, month=datetime.date(2027, 1, 1)) == datetime.date(
        2027, 1, 5
    )
    assert first_working_day(ccg=ccg_a, month=datetime.date(2026, 12, 1)) == datetime.date(
        2026, 12, 1
    )


def test_the_daily_job_makes_last_months_report_once_from_the_first_working_day(ccg_a):
    ClosureDayFactory(ccg=ccg_a, date=datetime.date(2027, 1, 4))
    assert monthly_reports_daily(today=datetime.date(2027, 1, 4)) == 0
    assert monthly_reports_daily(today=datetime.date(2027, 1, 5)) == 1
    assert monthly_reports_daily(today=datetime.date(2027, 1, 6)) == 0
    assert list(MonthlyReport.objects.values_list("ccg_id", "month")) == [
        (ccg_a.pk, datetime.date(2026, 12, 1))
    ]


def test_the_archive_lists_and_serves_the_users_ccgs_reports_only(client, governor_a, ccg_a, ccg_b):
    mine = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 11, 1))
    theirs = monthly_report_make(ccg=ccg_b, month=datetime.date(2026, 11, 1))
    client.force_login(governor_a)
    body = client.get(reverse("reporting:reports")).content.decode()
    assert "NHS Alpha CCG" in body and "NHS Beta CCG" not in body
    pdf = client.get(reverse("reporting:report_pdf", args=[mine.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'attachment; filename="kpi-report-A01-2026-11.pdf"'
    assert client.get(reverse("reporting:report_xlsx", args=[theirs.pk])).status_code == 404


def test_beat_runs_the_report_job_each_morning():
    from ccgcomms.schedules import BEAT_SCHEDULE

    entry = BEAT_SCHEDULE["kpi-monthly-reports"]
    assert entry["task"] == "reporting.monthly_reports_daily"
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({6}, {30})
