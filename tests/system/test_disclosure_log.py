"""The comms team publishes an answered FOI request on the disclosure log; the public reads
it on a phone (375 px: nothing scrolls sideways) and filters the log without JavaScript. Every
page passes axe-core with no violation of any impact."""

import pytest
from playwright.sync_api import expect

from media_desk.tests.factories import DisclosureLogEntryFactory, london, responded_foi

from .fixtures import EVERY_IMPACT, axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
SIDEWAYS = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
NAME, EMAIL = "Robin Fairweather", "robin.fairweather@example.org"
SUBJECT = "Spending on interpreters for GP appointments"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _fits_a_phone(page) -> None:
    scroll_width, client_width = page.evaluate(SIDEWAYS)
    assert scroll_width <= client_width, f"{page.url} is {scroll_width} px wide"


def test_the_comms_team_publishes_and_the_public_reads_it_on_a_phone(
    browser, live_server, ccg_a, comms_a, console_watch
):
    # The refusal without the confirmation answers 400: expected, not a fault.
    console_watch.allow("the server responded with a status of 400")
    foi = responded_foi(
        ccg=ccg_a, by=comms_a, subject=SUBJECT, requester_name=NAME, requester_email=EMAIL
    )
    comms = browser.new_context().new_page()
    sign_in(comms, live_server, comms_a.email, "correct-horse-battery")
    comms.goto(f"{live_server.url}/media-desk/{foi.pk}/")
    expect(comms.get_by_role("heading", name="Publish on the disclosure log")).to_be_visible()
    assert comms.get_by_label("Title", exact=True).input_value() == SUBJECT
    assert axe_violations(comms, impacts=EVERY_IMPACT) == []
    comms.get_by_label("Our response").fill("We spent £84,000 on interpreters in 2025/26.")
    comms.get_by_label("Outcome").select_option(label="Information provided in full")
    comms.get_by_role("button", name="Publish on the disclosure log").click()
    confirm = "Confirm that personal data and exempt information have been redacted"
    expect(comms.get_by_role("link", name=confirm)).to_be_visible()  # the error summary
    assert comms.get_by_label("Our response").input_value().startswith("We spent £84,000")
    assert axe_violations(comms, impacts=EVERY_IMPACT) == []
    comms.get_by_label("I confirm that personal data and exempt information").check()
    comms.get_by_role("button", name="Publish on the disclosure log").click()
    expect(comms.get_by_text(f"Published on the disclosure log: {SUBJECT}.")).to_be_visible()

    public = browser.new_context(viewport=PHONE).new_page()
    public.goto(f"{live_server.url}/foi-disclosure-log/")
    expect(
        public.get_by_role("heading", name="Freedom of information disclosure log")
    ).to_be_visible()
    assert public.get_by_role("button", name="Log out").count() == 0
    _fits_a_phone(public)
    assert axe_violations(public, impacts=EVERY_IMPACT) == []
    public.get_by_role("link", name=SUBJECT).click()
    expect(public.get_by_text("We spent £84,000 on interpreters in 2025/26.")).to_be_visible()
    _fits_a_phone(public)
    assert axe_violations(public, impacts=EVERY_IMPACT) == []
    html = public.content()
    assert NAME not in html and EMAIL not in html


def test_the_log_filters_by_ccg_and_dates_without_javascript(browser, live_server, ccg_a, ccg_b):
    DisclosureLogEntryFactory(
        ccg=ccg_a, title="Alpha: October", published_at=london(2026, 10, 5, 9)
    )
    DisclosureLogEntryFactory(
        ccg=ccg_a, title="Alpha: November", published_at=london(2026, 11, 5, 9)
    )
    DisclosureLogEntryFactory(
        ccg=ccg_b, title="Beta: November", published_at=london(2026, 11, 6, 9)
    )
    page = browser.new_context(java_script_enabled=False, viewport=PHONE).new_page()
    page.goto(f"{live_server.url}/foi-disclosure-log/")
    expect(page.get_by_text("3 responses")).to_be_visible()
    page.get_by_label("Clinical commissioning group").select_option(label="NHS Alpha CCG")
    from_date = page.get_by_role("group", name="Published from")
    from_date.get_by_label("Day").fill("1")
    from_date.get_by_label("Month").fill("11")
    from_date.get_by_label("Year").fill("2026")
    page.get_by_role("button", name="Filter").click()
    assert "ccg=A01" in page.url
    expect(page.get_by_role("link", name="Alpha: November")).to_be_visible()
    assert page.get_by_role("link", name="Alpha: October").count() == 0
    assert page.get_by_role("link", name="Beta: November").count() == 0
    _fits_a_phone(page)
    # axe-core is itself JavaScript: the filtered page is checked in a browser that runs it.
    checker = browser.new_context(viewport=PHONE).new_page()
    checker.goto(page.url)
    assert axe_violations(checker, impacts=EVERY_IMPACT) == []


def test_the_foi_statistics_page_reads_on_a_phone(browser, live_server, ccg_a, comms_a):
    responded_foi(ccg=ccg_a, by=comms_a, received_at=london(2026, 11, 2, 10))
    page = browser.new_context(viewport=PHONE).new_page()
    sign_in(page, live_server, comms_a.email, "correct-horse-battery")
    page.goto(f"{live_server.url}/media-desk/foi-statistics/?year=2026")
    expect(page.get_by_role("heading", name="FOI statistics")).to_be_visible()
    expect(page.get_by_text("Q3 (October to December 2026)").first).to_be_visible()
    _fits_a_phone(page)
    assert axe_violations(page, impacts=EVERY_IMPACT) == []
