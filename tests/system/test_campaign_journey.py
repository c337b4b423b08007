"""Issue 12's "done means", walked in a browser as the comms team works: Casey plans a winter
campaign that Darlington leads and South Sefton shares, plans its content (a press release
among it, made on the media desk: ADR 0013) and asks Robin, who may approve content, to
approve it; Robin approves; Casey marks it scheduled, adds an action and tracks it; on a
375 px phone the month shows the campaign and the content without scrolling sideways; Outlook
reads the content from Casey's private calendar address; Casey records the evaluation (a
measure against its baseline and target, and the learning). Every page passes axe-core."""

import datetime

import pytest
from django.core.management import call_command
from icalendar import Calendar
from playwright.sync_api import expect

from accounts.models import Ccg, User
from accounts.services import membership_grant
from demo import data

from .conftest import axe_violations
from .test_phones import PHONE, SIDEWAYS
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CAMPAIGN = "Keep Warm, Keep Well"
POST = "Check on a neighbour this winter"
RELEASE = "Keep Warm, Keep Well: winter help for older people in Darlington"
ACTION = "Deliver Keep Warm packs to pharmacies"
APPROVER = "robin@demo.nhs.uk"


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")
    robin = User.objects.create_user(
        email=APPROVER, full_name="Robin Reviewer", password=data.DEMO_PASSWORD
    )
    for ccg in Ccg.objects.filter(ods_code__in=["00C", "01T"]):
        membership_grant(user=robin, ccg=ccg, role="Comms team")


def _date(page, legend: str, day: datetime.date, time: str | None = None) -> None:
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))
    if time:
        group.get_by_label("Time").fill(time)


def _clean(page) -> None:
    assert axe_violations(page) == [], page.url


def _plan_the_campaign(casey, live_server, today) -> None:
    casey.goto(f"{live_server.url}/campaigns/")
    _clean(casey)
    casey.get_by_role("link", name="Plan a campaign").click()
    casey.get_by_role("link", name="NHS Darlington CCG").click()
    _clean(casey)
    casey.get_by_label("Title").fill(CAMPAIGN)
    casey.get_by_label("Objective").fill("Fewer cold-related admissions among over-75s.")
    _date(casey, "Start date", today)
    _date(casey, "End date", today + datetime.timedelta(days=60))
    casey.get_by_label("NHS South Sefton CCG").check()
    casey.get_by_role("button", name="Save campaign").click()
    expect(casey.get_by_role("heading", name=CAMPAIGN, level=1)).to_be_visible()
    shared = casey.locator(".nhsuk-summary-list__row", has_text="Shared with")
    expect(shared.locator("dd")).to_have_text("NHS South Sefton CCG")
    _clean(casey)


def _plan_the_content(casey, live_server, day) -> None:
    casey.goto(f"{live_server.url}/campaigns/content/")
    _clean(casey)
    casey.get_by_role("link", name="Plan content").click()
    casey.get_by_role("link", name="NHS Darlington CCG").click()
    casey.get_by_label("Title (for the calendar)").fill(POST)
    casey.get_by_label("Facebook").check()
    _date(casey, "Planned date and time", day, "10:00")
    casey.get_by_label("Copy (the words to publish)").fill(
        "A knock on the door can keep someone well. Check on older neighbours this winter."
    )
    casey.locator("select[name=campaign]").select_option(label=CAMPAIGN)
    _clean(casey)
    casey.get_by_role("button", name="Save content").click()
    expect(casey.get_by_text(f"{POST} planned as a draft.")).to_be_visible()
    _clean(casey)
    _send_for_approval(casey)

    # The press release is written on the media desk; its words go through the same approval.
    casey.goto(f"{live_server.url}/media-desk/press-releases/add/")
    _clean(casey)
    casey.get_by_label("CCG", exact=True).select_option(label="NHS Darlington CCG")
    casey.get_by_label("Title").fill(RELEASE)
    _date(casey, "Date of issue", day)
    casey.get_by_label("Text of the release").fill(
        "NHS Darlington CCG and NHS South Sefton CCG are asking everyone to check on older "
        "neighbours this winter."
    )
    casey.locator("select[name=campaign]").select_option(label=CAMPAIGN)
    casey.get_by_role("button", name="Save").click()
    expect(casey.get_by_text(f"Saved: {RELEASE}.")).to_be_visible()
    _clean(casey)
    # Its approval status links to its content item, where it is approved and issued.
    casey.locator("tr", has_text=RELEASE).get_by_role("link", name="Draft").click()
    expect(casey.get_by_role("heading", name=RELEASE, level=1)).to_be_visible()
    _send_for_approval(casey)


def _send_for_approval(casey) -> None:
    casey.get_by_label("Who should approve it?").select_option(label="Robin Reviewer")
    casey.get_by_role("button", name="Send for approval").click()
    expect(casey.get_by_text("Sent to Robin Reviewer for approval.")).to_be_visible()
    _clean(casey)


def _approve(robin, live_server) -> None:
    sign_in(robin, live_server, APPROVER)
    for title in (POST, RELEASE):
        robin.goto(f"{live_server.url}/campaigns/content/?status=awaiting_approval")
        _clean(robin)
        robin.get_by_role("link", name=title).click()
        robin.get_by_role("button", name="Approve these words").click()
        expect(robin.get_by_text("Approved. The approved words are kept")).to_be_visible()
        expect(robin.get_by_text("Robin Reviewer approved on")).to_be_visible()
        _clean(robin)


def _schedule(casey, live_server) -> None:
    for title in (POST, RELEASE):
        casey.goto(f"{live_server.url}/campaigns/content/")
        casey.get_by_role("link", name=title).click()
        casey.get_by_role("button", name="Mark as scheduled").click()
        expect(casey.get_by_text("Scheduled.", exact=True)).to_be_visible()
        status = casey.locator(".nhsuk-summary-list__row", has_text="Status")
        expect(status.locator("dd")).to_have_text("Scheduled")
        _clean(casey)


def _add_and_track_an_action(casey, live_server, today) -> None:
    casey.goto(f"{live_server.url}/campaigns/actions/")
    _clean(casey)
    casey.get_by_role("link", name="Add an action").click()
    casey.get_by_role("link", name="NHS Darlington CCG").click()
    casey.get_by_label("Action").fill(ACTION)
    casey.locator("select[name=campaign]").select_option(label=CAMPAIGN)
    casey.locator("select[name=owner]").select_option(label="Casey Comms")
    _date(casey, "Target date", today + datetime.timedelta(days=14))
    casey.get_by_label("Not started").check()
    casey.get_by_label("Green").check()
    _clean(casey)
    casey.get_by_role("button", name="Save action").click()
    expect(casey.get_by_text(f"Action added: {ACTION}.")).to_be_visible()
    _clean(casey)
    # Tracked: a week on it is under way and at risk.
    casey.get_by_role("link", name=ACTION).click()
    casey.get_by_label("In progress").check()
    casey.get_by_label("Amber").check()
    casey.get_by_label("Progress note").fill("Half the packs delivered; the van is booked.")
    casey.get_by_role("button", name="Save action").click()
    expect(casey.get_by_text(f"Action saved: {ACTION}.")).to_be_visible()
    row = casey.locator("tr", has_text=ACTION)
    expect(row).to_contain_text("In progress")
    expect(row).to_contain_text("Amber")
    _clean(casey)


def _on_a_phone(browser, live_server, day) -> None:
    phone = browser.new_context(viewport=PHONE).new_page()
    sign_in(phone, live_server, "comms@demo.nhs.uk")
    phone.goto(f"{live_server.url}/campaigns/calendar/?year={day.year}&month={day.month}")
    expect(phone.get_by_role("link", name=CAMPAIGN).first).to_be_visible()
    expect(phone.get_by_role("link", name=POST).first).to_be_visible()
    scroll_width, client_width = phone.evaluate(SIDEWAYS)
    assert scroll_width <= client_width, "the month scrolls sideways on a phone"
    _clean(phone)
    phone.context.close()


def _in_outlook(casey, browser, live_server) -> None:
    casey.goto(f"{live_server.url}/campaigns/calendar/subscribe/")
    _clean(casey)
    casey.get_by_role("button", name="Make my calendar address").click()
    feed_url = casey.get_by_label("Your calendar address", exact=False).input_value()
    _clean(casey)
    outlook = browser.new_context()
    answer = outlook.request.get(feed_url)  # no session: the address is the key
    assert answer.status == 200
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(answer.body()).walk("VEVENT")}
    assert POST in events and RELEASE in events
    assert "Scheduled" in str(events[POST]["DESCRIPTION"])
    assert CAMPAIGN in events
    outlook.close()


def _evaluate(casey, live_server) -> None:
    casey.goto(f"{live_server.url}/campaigns/evaluation/")
    _clean(casey)
    casey.get_by_role("link", name=CAMPAIGN).click()
    casey.get_by_text("Add a measure").click()
    casey.get_by_label("What is measured").fill("Over-75s admitted with cold-related illness")
    casey.get_by_label("Baseline").fill("140")
    casey.get_by_label("Target").fill("110")
    casey.get_by_label("Actual").fill("118")
    today = datetime.date.today()
    _date(casey, "Start of the period", today)
    _date(casey, "End of the period", today + datetime.timedelta(days=60))
    _clean(casey)
    casey.get_by_role("button", name="Add measure").click()
    expect(casey.get_by_text("Measure added.")).to_be_visible()
    row = casey.locator("tr", has_text="Over-75s admitted")
    expect(row).to_contain_text("140")
    expect(row).to_contain_text("110")
    expect(row).to_contain_text("118")
    casey.get_by_label("What worked").fill("Pharmacy teams handed packs to people they knew.")
    casey.get_by_label("What we would do differently").fill("Start in October, not December.")
    casey.get_by_role("button", name="Record learning").click()
    expect(casey.get_by_text("Learning recorded.")).to_be_visible()
    expect(casey.get_by_text("Start in October, not December.")).to_be_visible()
    _clean(casey)


def test_the_comms_team_plans_approves_schedules_tracks_and_evaluates_a_winter_campaign(
    browser, live_server, demo_data
):
    today = datetime.date.today()
    day = today + datetime.timedelta(days=3)
    casey = browser.new_context().new_page()
    sign_in(casey, live_server, "comms@demo.nhs.uk")
    _plan_the_campaign(casey, live_server, today)
    _plan_the_content(casey, live_server, day)
    robin = browser.new_context().new_page()
    _approve(robin, live_server)
    _schedule(casey, live_server)
    _add_and_track_an_action(casey, live_server, today)
    _on_a_phone(browser, live_server, day)
    _in_outlook(casey, browser, live_server)
    _evaluate(casey, live_server)
