"""The comms team makes a month's KPI report again from the archive: the page only queues the
job and follows it with a progress bar, updated by the small script from the JSON status, and
without JavaScript by the page refreshing itself; no console error, no CSP refusal."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import CcgFactory, member
from reporting.models import ReportRegeneration
from reporting.services import report_regeneration_run

from .test_csp import watch
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def comms(monkeypatch):
    from reporting import tasks

    # No worker here: the test moves the job on itself, as a worker would.
    monkeypatch.setattr(tasks.report_regeneration_run_task, "apply_async", lambda **kw: None)
    return member(ccg=CcgFactory(name="NHS Alpha CCG"), role="Comms team")


def _ask(page, live_server) -> ReportRegeneration:
    page.goto(f"{live_server.url}/reporting/reports/")
    page.get_by_role("button", name="Make the monthly KPI report again").click()
    expect(page.get_by_role("progressbar")).to_be_visible()
    return ReportRegeneration.objects.get()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_the_progress_bar_follows_the_job_to_the_end(browser, live_server, comms, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    problems = watch(page)  # console errors and CSP refusals; the web fonts routed away
    sign_in(page, live_server, comms.email, password="correct-horse-battery")
    job = _ask(page, live_server)
    ReportRegeneration.objects.filter(pk=job.pk).update(status="running", progress=60)
    expect(page.get_by_role("progressbar")).to_have_attribute("value", "60", timeout=10_000)
    ReportRegeneration.objects.filter(pk=job.pk).update(status="queued")
    report_regeneration_run(job_id=job.pk)
    expect(page.get_by_text("The archive holds the new PDF and XLSX")).to_be_visible(timeout=10_000)
    assert problems + page.evaluate("window.__cspViolations || []") == []
    context.close()
