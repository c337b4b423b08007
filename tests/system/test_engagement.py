"""The comms team records a Big Chat with its attendance and what people said, answers it and
publishes the answer; a member of the public, with or without JavaScript, reads it on the
public page. Every page on the way passes axe-core."""

import datetime

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WE_DID = "We asked the practices to offer online booking for evening appointments."


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def _date(page, legend: str, day: datetime.date, time: str | None = None) -> None:
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))
    if time:
        group.get_by_label("Time").fill(time)


def test_a_big_chat_is_recorded_answered_and_published_for_the_public(
    browser, live_server, demo_data, console_watch
):
    # Publishing before "we did" is written is refused with a 400: expected, not a fault.
    console_watch.allow("the server responded with a status of 400")
    comms = browser.new_context().new_page()
    sign_in(comms, live_server, "comms@demo.nhs.uk")
    comms.goto(f"{live_server.url}/engagement/")
    assert axe_violations(comms) == []
    comms.get_by_role("link", name="Record an event").first.click()
    comms.get_by_role("link", name="NHS South Sefton CCG").click()
    held = datetime.date.today() - datetime.timedelta(days=2)
    comms.get_by_label("Title").fill("Big Chat: GP access in Maghull")
    comms.get_by_label("Type of activity").select_option(label="Big Chat")
    comms.get_by_label("Locality (optional)").select_option(label="Maghull")
    _date(comms, "Start", held, "18:00")
    _date(comms, "End", held, "17:00")  # before the start: refused, nothing lost
    comms.get_by_label("Venue (optional)").fill("Maghull Town Hall")
    comms.get_by_label("Venue capacity (optional)").fill("60")
    comms.get_by_label("How many people came (optional)").fill("41")
    comms.get_by_role("button", name="Save event").click()
    expect(comms.get_by_role("link", name="The end must be after the start.")).to_be_visible()
    assert comms.get_by_label("Title").input_value() == "Big Chat: GP access in Maghull"
    assert axe_violations(comms) == []
    _date(comms, "End", held, "20:00")
    comms.get_by_role("button", name="Save event").click()
    # Waits for the saved event's page (is_visible() would not, and the machine may be slow).
    expect(comms.get_by_role("heading", name="Big Chat: GP access in Maghull")).to_be_visible()
    assert axe_violations(comms) == []

    comms.get_by_role("link", name="Record feedback from this event").click()
    comms.get_by_label("What they said").fill("Evening GP appointments are always gone by 9am.")
    comms.get_by_label("GP access").check()
    comms.get_by_label("Negative").check()
    assert axe_violations(comms) == []
    comms.get_by_role("button", name="Save feedback", exact=True).click()
    comms.get_by_role("link", name="Respond").click()
    comms.get_by_label("You said (as the public will read it)").fill(
        "Evening GP appointments go too quickly."
    )
    comms.get_by_label("Done").check()
    comms.get_by_role("button", name="Save response").click()
    comms.get_by_role("button", name="Publish").click()
    expect(comms.get_by_role("link", name="Write what we did, or will do")).to_be_visible()
    assert axe_violations(comms) == []
    comms.get_by_label("We did, or we will (optional)").fill(WE_DID)
    comms.get_by_role("button", name="Save response").click()
    comms.get_by_role("button", name="Publish").click()
    expect(comms.get_by_text("Published on the public 'you said, we did' page.")).to_be_visible()

    public = browser.new_context().new_page()
    public.goto(f"{live_server.url}/you-said-we-did/")
    expect(public.get_by_role("heading", name="What you told us and what we did")).to_be_visible()
    expect(public.get_by_text(WE_DID)).to_be_visible()
    assert public.get_by_role("button", name="Log out").count() == 0
    assert axe_violations(public) == []
    public.get_by_role("link", name="You said: Evening GP appointments go too quickly.").click()
    expect(public.get_by_text(WE_DID)).to_be_visible()
    assert axe_violations(public) == []


def test_the_public_page_filters_and_reads_without_javascript(browser, live_server, demo_data):
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}/you-said-we-did/")
    expect(page.get_by_text("opening hours on every GP practice screen")).to_be_visible()
    expect(page.get_by_text("added a 9pm service")).to_be_visible()
    page.get_by_label("Clinical commissioning group").select_option(label="NHS Darlington CCG")
    page.get_by_role("button", name="Filter").click()
    assert "ccg=00C" in page.url
    expect(page.get_by_text("added a 9pm service")).to_be_visible()
    assert page.get_by_text("opening hours on every GP practice screen").count() == 0
    filtered = page.url
    page.get_by_role("link", name="reports of our consultations").click()
    page.get_by_role("link", name="Future of walk-in services in south Sefton").click()
    changed = page.get_by_role("heading", name="How what we heard changed the decision")
    expect(changed).to_be_visible()
    report = page.url
    # axe-core is itself JavaScript: the same pages are checked in a browser that runs it.
    checker = browser.new_context().new_page()
    for url in (filtered, report):
        checker.goto(url)
        assert axe_violations(checker) == []


@pytest.mark.parametrize(
    "path",
    [
        "/engagement/events/",
        "/engagement/feedback/",
        "/engagement/responses/",
        "/engagement/reach/",
        "/engagement/consultations/",
        "/engagement/annual-report/",
    ],
)
def test_the_comms_teams_engagement_pages_pass_axe(page, live_server, demo_data, path):
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.goto(f"{live_server.url}{path}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert axe_violations(page) == []
    first = page.locator("main table a, main .nhsuk-card a").first
    if first.count():
        first.click()
        assert axe_violations(page) == []


def test_the_annual_report_reads_on_the_web_and_its_documents_are_asked_for(
    page, live_server, demo_data
):
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.goto(f"{live_server.url}/engagement/annual-report/")
    page.get_by_label("CCG", exact=True).select_option(label="NHS South Sefton CCG")
    page.get_by_label("Financial year").select_option(index=0)  # this year: the demo's
    page.get_by_role("button", name="Show the report").click()
    heading = page.get_by_role("heading", name="Consultations and their influence on decisions")
    expect(heading).to_be_visible()
    expect(page.get_by_text("Future of walk-in services in south Sefton").first).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Make the Word and PDF documents").click()
    expect(page.get_by_text("The Word and PDF documents are being made.")).to_be_visible()
    assert page.get_by_label("Progress").is_visible()  # no worker here: it waits, and says so
    assert axe_violations(page) == []
