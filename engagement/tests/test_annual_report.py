"""The annual engagement report (s.14Z11) for a CCG and a financial year: gathered in a fixed
number of queries, shown as a web page, and made into DOCX and PDF by a Celery job with progress,
downloaded through a scoped view."""

import datetime
import io
import os
import time
from collections import defaultdict

import pytest
from django.urls import reverse

from core.tests.pdf_read import assert_tagged, open_pdf, structure, text_runs
from engagement import services
from engagement.models import ChecklistItem, ReportJob
from engagement.rendering import render_docx, render_pdf, report_blocks, report_title
from engagement.selectors import annual_report
from stakeholders.tests.factories import SegmentFactory

from .factories import EventFactory, FeedbackFactory, ThemeFactory, london, published_response

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_of_engagement(ccg_a, comms_a, bootle):
    young = SegmentFactory(ccg=ccg_a, name="Young people", kind="seldom_heard")
    chat = EventFactory(ccg=ccg_a, locality=bootle, attendance=64, title="Big Chat")
    chat.seldom_heard_reached.set([young])
    services.event_equality_record(event=chat, counts={"age": {"16_24": 10, "75_plus": 6}})
    EventFactory(ccg=ccg_a, kind="survey", attendance=300, starts_at=london(2026, 5, 1, 9))
    EventFactory(ccg=ccg_a, attendance=999, starts_at=london(2025, 5, 1, 9))  # the year before
    access = ThemeFactory(ccg=ccg_a, name="GP access")
    for sentiment in ("negative", "negative", "positive"):
        FeedbackFactory(ccg=ccg_a, sentiment=sentiment).themes.set([access])
    published_response(
        feedback=FeedbackFactory(ccg=ccg_a, contributor_name="Jane Doe"),
        by=comms_a,
        you_said="Appointments are hard to get – “weeks” of waiting.",
    )
    consultation = services.consultation_create(
        ccg=ccg_a,
        data={
            "title": "Urgent care review",
            "summary": "Two urgent treatment centres.",
            "opens_on": datetime.date(2026, 6, 1),
            "closes_on": datetime.date(2026, 8, 24),
        },
        by=comms_a,
    )
    for item in ChecklistItem:
        done = datetime.date(2026, 8, 25) if item == "eia_after" else datetime.date(2026, 6, 1)
        services.consultation_check_record(
            consultation=consultation, item=item, done_on=done, evidence="", by=comms_a
        )
    services.consultation_report_save(
        version=None,
        consultation=consultation,
        data={
            "decision_maker": "Governing Body",
            "decision_on": datetime.date(2026, 10, 8),
            "decision": "Two centres.",
            "report_heard": "Evening opening matters most.",
            "report_changed": "Opening hours were extended to 10pm.",
        },
    )
    services.consultation_report_publish(consultation=consultation, by=comms_a)
    return ccg_a


def test_the_report_gathers_the_year_in_a_fixed_number_of_queries(
    year_of_engagement, django_assert_max_num_queries
):
    with django_assert_max_num_queries(14):
        report = annual_report(ccg=year_of_engagement, year=2026)
    assert report.totals["events"] == 2 and report.totals["people_reached"] == 364
    assert report.activities == [("Big Chat", 1, 64), ("Survey", 1, 300)]
    assert report.locality_names == ["Bootle", "No locality"]
    assert report.seldom_heard == [("Young people", 1)]
    assert report.equality == [("Age", [("16 to 24", 10), ("75 and over", 6)])]
    [theme] = report.themes
    assert (theme.name, theme.feedback, theme.sentiments) == (
        "GP access",
        3,
        {"Negative": 2, "Positive": 1},
    )
    assert ("Done", 1) in report.outcomes and report.totals["published"] == 1
    [consultation] = report.consultations
    assert consultation.checks_done == 12 and consultation.published
    assert consultation.changed == "Opening hours were extended to 10pm."


def test_the_documents_say_what_the_page_says_and_name_no_contributor(year_of_engagement):
    from docx import Document

    report = annual_report(ccg=year_of_engagement, year=2026)
    title, blocks = report_title(report), report_blocks(report)
    docx = render_docx(title=title, blocks=blocks)
    document = Document(io.BytesIO(docx))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert document.paragraphs[0].style.name == "Heading 1"
    assert "annual engagement report, April 2026 to March 2027" in text
    assert "Opening hours were extended to 10pm." in text and "Young people" in text
    assert "Bootle" in cells and "Jane Doe" not in text + cells
    pdf = render_pdf(title=title, blocks=blocks)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 2000


def test_the_job_makes_both_documents_and_records_its_progress(year_of_engagement, comms_a):
    job = ReportJob.objects.create(
        ccg=year_of_engagement, financial_year=2026, requested_by=comms_a
    )
    assert services.report_job_run(job_id=job.pk) is True
    job.refresh_from_db()
    assert (job.status, job.progress) == ("done", 100)
    assert bytes(job.docx).startswith(b"PK") and bytes(job.pdf).startswith(b"%PDF-")
    assert services.report_job_run(job_id=job.pk) is False  # a second delivery does nothing


def test_a_failing_job_says_so(ccg_a, comms_a, monkeypatch):
    from engagement.services import reports

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(reports, "render_pdf", broken)
    job = ReportJob.objects.create(ccg=ccg_a, financial_year=2026, requested_by=comms_a)
    services.report_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and "disk full" in job.error


def test_the_sweep_runs_jobs_the_broker_never_delivered(ccg_a, comms_a):
    now = datetime.datetime.now(datetime.UTC)
    old = ReportJob.objects.create(
        ccg=ccg_a,
        financial_year=2026,
        requested_by=comms_a,
        requested_at=now - datetime.timedelta(minutes=10),
    )
    stuck = ReportJob.objects.create(  # its worker died on the last attempt
        ccg=ccg_a,
        financial_year=2025,
        status="running",
        started_at=now - datetime.timedelta(hours=2),
        attempts=3,
    )
    assert services.report_jobs_sweep(now=now) == 1
    old.refresh_from_db(), stuck.refresh_from_db()
    assert old.status == "done" and stuck.status == "failed"


def test_the_page_asks_for_the_documents_and_polls_their_progress(
    client, comms_a, year_of_engagement, django_capture_on_commit_callbacks
):
    client.force_login(comms_a)
    page = client.get(reverse("engagement:annual_report", args=[year_of_engagement.pk, 2026]))
    assert "Activities by type and locality" in page.content.decode()
    generate = reverse("engagement:report_job_create", args=[year_of_engagement.pk, 2026])
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(generate)
    job = ReportJob.objects.get()
    assert response["Location"] == reverse("engagement:report_job_detail", args=[job.pk])
    assert len(callbacks) == 1  # queued after the commit
    running = client.get(response["Location"])
    assert running["Refresh"] == "3" and "Progress" in running.content.decode()
    assert client.post(generate)["Location"] == response["Location"]  # the same job, not two
    services.report_job_run(job_id=job.pk)
    ready = client.get(response["Location"])
    assert "Refresh" not in ready and "Download the PDF" in ready.content.decode()
    download = client.get(reverse("engagement:report_job_download", args=[job.pk, "docx"]))
    assert download["Content-Disposition"].endswith('-2026-2027.docx"')


def test_downloads_are_scoped_and_the_governing_body_reads_them(
    client, comms_b, governor_a, ccg_a, comms_a
):
    job = ReportJob.objects.create(ccg=ccg_a, financial_year=2026, requested_by=comms_a)
    services.report_job_run(job_id=job.pk)
    url = reverse("engagement:report_job_download", args=[job.pk, "pdf"])
    client.force_login(comms_b)
    assert client.get(url).status_code == 404
    assert client.get(reverse("engagement:annual_report", args=[ccg_a.pk, 2026])).status_code == 404
    client.force_login(governor_a)
    assert client.get(url)["Content-Type"] == "application/pdf"
    generate = reverse("engagement:report_job_create", args=[ccg_a.pk, 2026])
    assert client.post(generate).status_code == 403


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_on_redis_makes_the_documents(ccg_a, comms_a):
    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app

    EventFactory(ccg=ccg_a, attendance=20)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        job = services.report_job_request(ccg=ccg_a, financial_year=2026, by=comms_a)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            job.refresh_from_db()
            if job.status in ("done", "failed"):
                break
            time.sleep(0.2)
    assert job.status == "done", job.error
    assert bytes(job.pdf).startswith(b"%PDF-")


def test_the_index_opens_on_the_current_financial_year_with_earlier_ones_to_choose(
    client, comms_a, ccg_a, monkeypatch
):
    from engagement.views import reports

    monkeypatch.setattr(reports, "today", lambda: datetime.date(2026, 12, 1))
    client.force_login(comms_a)
    body = client.get(reverse("engagement:annual_report_index")).content.decode()
    options = body.split('name="year"', 1)[1].split("</select>", 1)[0]
    assert '<option value="2026" selected>April 2026 to March 2027 (the year so far)</option>' in (
        options
    )
    assert '<option value="2025">April 2025 to March 2026</option>' in options
    assert options.count("<option") == 10  # the years the report can be shown for
    # Early in the next year, the year just closed is no longer "so far".
    monkeypatch.setattr(reports, "today", lambda: datetime.date(2027, 4, 2))
    body = client.get(reverse("engagement:annual_report_index")).content.decode()
    assert '<option value="2027" selected>April 2027 to March 2028 (the year so far)' in body
    assert '<option value="2026">April 2026 to March 2027</option>' in body


def test_the_current_years_report_says_it_is_the_year_so_far_and_links_earlier_years(
    client, comms_a, ccg_a, monkeypatch
):
    from engagement.views import reports

    monkeypatch.setattr(reports, "today", lambda: datetime.date(2026, 12, 1))
    client.force_login(comms_a)
    url = reverse("engagement:annual_report", args=[ccg_a.pk, 2026])
    body = client.get(url).content.decode()
    assert "the report shows it so far, to 1 December 2026." in body
    assert (
        f'<a href="{url}" aria-current="page">April 2026 to March 2027 (the year so far)</a>'
        in body
    )
    earlier = reverse("engagement:annual_report", args=[ccg_a.pk, 2025])
    assert f'<a href="{earlier}">April 2025 to March 2026</a>' in body
    assert "so far" not in client.get(earlier).content.decode().split("Financial years")[0]


def test_the_pdf_is_tagged_for_screen_readers(year_of_engagement):
    report = annual_report(ccg=year_of_engagement, year=2026)
    doc = assert_tagged(render_pdf(title=report_title(report), blocks=report_blocks(report)))
    assert doc.roles()[:3] == ["H1", "P", "H2"] and "L" in doc.roles()
    headings = {e.role for e in doc.walk() if e.role.startswith("H")}
    assert headings == {"H1", "H2", "H3"}
    tables = doc.find("Table")
    assert len(tables) >= 4 and all(t.roles()[:2] == ["Caption", "TR"] for t in tables)
    assert all(c.attributes["Scope"] == "/Column" for t in tables for c in t.kids[1].kids)


def test_pdf_tables_are_left_aligned(year_of_engagement):
    report = annual_report(ccg=year_of_engagement, year=2026)
    pdf = open_pdf(render_pdf(title=report_title(report), blocks=report_blocks(report)))
    column = {
        (page, mcid): (table.objgen, i)
        for table in structure(pdf).find("Table")
        for row in table.kids[1:]
        for i, cell in enumerate(row.kids)
        for page, mcid in cell.mcids
    }
    starts = defaultdict(set)
    for run in text_runs(pdf):
        if (run.page, run.owner()[1]) in column:
            starts[column[(run.page, run.owner()[1])]].add(round(run.x, 1))
    # Centred or right-aligned text would start where its width puts it.
    assert len(starts) > 10 and all(len(xs) == 1 for xs in starts.values())
