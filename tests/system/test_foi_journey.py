"""Issue 14's walk, end to end through the pages: the FOI officer logs a request, asks for
clarification, weighs a qualified exemption, extends for the public interest test, sees the
extension move when a bank holiday is announced, refuses in part with a drafted refusal notice,
answers after sign-off and publishes on the disclosure log, where the requester is nowhere to
be found. A press officer answers a media enquiry with an approved line to take. Every page on
the way passes axe-core with no violation of any impact."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts import calendar_changes
from accounts.calendars import foi_calendar
from accounts.models import ExtraBankHoliday
from media_desk.models import Enquiry
from media_desk.tests.factories import LineToTakeFactory, logged_enquiry
from working_time import LONDON, format_instant

from .fixtures import EVERY_IMPACT, axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME, EMAIL = "Morgan Ashdown", "morgan.ashdown@example.org"
SUBJECT = "Contract values for community physiotherapy"
PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def clean(page) -> None:
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert axe_violations(page, impacts=EVERY_IMPACT) == [], page.url


def card(page, name: str):
    """A deadline's card on the item's page, by its heading."""
    heading = page.get_by_role("heading", level=3, name=name, exact=True)
    return page.locator(".nhsuk-card").filter(has=heading)


def explanation(page, name: str) -> str:
    deadline = card(page, name)
    deadline.get_by_text("How this deadline was worked out").click()
    return deadline.locator(".nhsuk-details__text").text_content()


def fill_when(group, instant: datetime.datetime) -> None:
    local = instant.astimezone(LONDON)
    group.get_by_label("Day").fill(str(local.day))
    group.get_by_label("Month").fill(str(local.month))
    group.get_by_label("Year").fill(str(local.year))
    group.get_by_label("Time").fill(f"{local:%H:%M}")


def short(instant: datetime.datetime) -> str:
    """As the timeline writes an instant: 'Tue 3 Mar 17:00'."""
    local = instant.astimezone(LONDON)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def timeline(page):
    return page.get_by_role("heading", name="Timeline", level=2).locator(
        "xpath=following-sibling::ul[1]"
    )


def due(enquiry: Enquiry, name: str) -> datetime.datetime:
    return enquiry.deadlines.get(name=name).due_at


def a_working_day_inside(start: datetime.datetime, end: datetime.datetime) -> datetime.date:
    """A day the FOI calendar counts, after the original deadline and before the extension's."""
    calendar, day = foi_calendar(), start.astimezone(LONDON).date()
    while day < end.astimezone(LONDON).date():
        day += datetime.timedelta(days=1)
        if calendar.is_working_day(day):
            return day
    raise AssertionError("the extension adds no working day")


def the_next_working_day(instant: datetime.datetime) -> datetime.date:
    calendar, day = foi_calendar(), instant.astimezone(LONDON).date()
    while True:
        day += datetime.timedelta(days=1)
        if calendar.is_working_day(day):
            return day


def test_the_foi_officer_walks_a_request_from_log_to_disclosure_log(
    browser, live_server, ccg_a, comms_a, console_watch, celery_eager
):
    # Refused forms answer 400 (publishing unconfirmed): expected, not a fault.
    console_watch.allow("the server responded with a status of 400")
    page = browser.new_context().new_page()
    sign_in(page, live_server, comms_a.email, PASSWORD)

    # 1. Log the request.
    a_week_ago = (timezone.now() - datetime.timedelta(days=7)).replace(second=0, microsecond=0)
    page.goto(f"{live_server.url}/media-desk/log/foi/")
    clean(page)
    # Received a week ago, so that the clarification's restart shows in the deadline.
    fill_when(page.get_by_role("group", name="When was it received?"), a_week_ago)
    page.get_by_label("Requester's name").fill(NAME)
    page.get_by_label("E-mail address").fill(EMAIL)
    page.get_by_label("What is it about?").fill(SUBJECT)
    page.get_by_label("What do they want to know?").fill("The value of each contract.")
    page.get_by_role("button", name="Log it").click()
    expect(page.get_by_role("heading", name=SUBJECT, level=1)).to_be_visible()
    clean(page)
    foi = Enquiry.objects.get(subject=SUBJECT)
    first_due = due(foi, "response")
    assert f"received {format_instant(a_week_ago)}" in explanation(page, "Full response")

    # 2. Clarification: the clock restarts from the day it arrives.
    page.get_by_role("button", name="Clarification asked for").click()
    expect(page.get_by_role("button", name="Clarification received")).to_be_visible()
    clean(page)
    page.get_by_role("button", name="Clarification received").click()
    expect(page.get_by_role("button", name="Clarification asked for")).to_be_visible()
    clean(page)
    foi.refresh_from_db()
    assert foi.clarification_received_at is not None
    assert due(foi, "response") > first_due
    received = foi.clarification_received_at.astimezone(LONDON)
    restarted = f"received {received:%a} {received.day} {received:%b %Y %H:%M}"
    assert restarted in explanation(page, "Full response")
    expect(timeline(page)).to_contain_text("Clarification received: the clock starts again")

    # 3. A qualified exemption under consideration, then the s.10(3) extension.
    page.get_by_role("link", name="Record the decision").click()
    clean(page)
    page.get_by_label("Not decided yet (exemptions under consideration)").check()
    page.get_by_label("s.43", exact=False).first.check()
    page.locator("summary", has_text="s.43 ").click()
    page.get_by_label("Public interest in disclosure: s.43", exact=False).fill(
        "Openness about how public money is spent."
    )
    page.get_by_label("Public interest in withholding: s.43", exact=False).fill(
        "Prices would harm the provider in its next tender."
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="FOI decision")).to_be_visible()
    expect(page.locator("dd", has_text="Not decided yet")).to_be_visible()
    expect(page.get_by_text("In withholding: Prices would harm the provider")).to_be_visible()
    clean(page)
    original_due = due(foi, "response")
    told = timezone.now() - datetime.timedelta(minutes=5)
    assert told < original_due
    extension = page.locator("form", has=page.get_by_role("button", name="Record the extension"))
    fill_when(extension, told)
    page.get_by_role("button", name="Record the extension").click()
    expect(page.get_by_role("heading", name="Public interest extension", level=3)).to_be_visible()
    clean(page)
    assert "requester was told" in explanation(page, "Full response")
    extended = explanation(page, "Public interest extension")
    assert "public interest extension (s.10(3))" in extended
    assert "the requester was told of the extension on" in extended
    extension_due = due(foi, "extension")

    # 4. A bank holiday announced inside the extension's window moves it by a working day.
    day = a_working_day_inside(original_due, extension_due)
    holiday = ExtraBankHoliday.objects.create(date=day, name="Coronation", nation="England")
    # What the admin's save calls; no worker runs here, so the queued recompute runs at once
    # (celery_eager, and the commit is immediate in this transaction=True test).
    calendar_changes.extra_bank_holiday_saved(holiday=holiday, before=None)
    moved = due(foi, "extension")
    assert moved.astimezone(LONDON).date() == the_next_working_day(extension_due)
    assert due(foi, "response") == original_due  # the original deadline is before the day
    page.reload()
    why = f"Public interest extension moved from {short(extension_due)} to {short(moved)}: "
    expect(timeline(page)).to_contain_text(why + "bank holiday 'Coronation' added")
    worked_out = explanation(page, "Public interest extension")
    assert f"skipped {day:%a} {day.day} {day:%b %Y}: bank holiday: Coronation" in worked_out
    assert f"due at the end of day 20: {format_instant(moved)}" in worked_out
    clean(page)

    # 5. Provided in part, refusal notice drafted, signed off and sent.
    page.get_by_role("link", name="Change the decision").click()
    clean(page)
    page.get_by_label("Information provided in part").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Information provided in part").first).to_be_visible()
    clean(page)
    page.get_by_label("Refusal notice").check()
    page.get_by_role("button", name="Draft the letter").click()
    expect(page.get_by_role("link", name="Refusal notice (Word)")).to_be_visible()
    clean(page)
    answer = "Contract values are attached; unit prices are withheld under s.43(2)."
    page.get_by_label("Response as approved").fill(answer)
    page.get_by_label("Signed off by").fill("Head of Governance")
    page.get_by_role("button", name="Record sign-off").click()
    expect(page.get_by_text("Head of Governance").first).to_be_visible()
    clean(page)
    page.get_by_label("Response sent").fill(answer)
    page.get_by_role("button", name="Record response as sent").click()
    expect(page.get_by_text("Response recorded as sent.")).to_be_visible()
    clean(page)

    # 6. Publish, first forgetting the redaction confirmation.
    expect(page.get_by_role("heading", name="Publish on the disclosure log")).to_be_visible()
    published = "Contract values for 2025/26 are listed; unit prices are withheld (s.43(2))."
    page.get_by_label("Our response").fill(published)
    page.get_by_label("Outcome").select_option(label="Information provided in part")
    page.get_by_role("button", name="Publish on the disclosure log").click()
    confirm = "Confirm that personal data and exempt information have been redacted"
    expect(page.get_by_role("link", name=confirm)).to_be_visible()
    assert page.get_by_label("Our response").input_value() == published
    clean(page)
    page.get_by_label("I confirm that personal data and exempt information").check()
    page.get_by_role("button", name="Publish on the disclosure log").click()
    expect(page.get_by_text(f"Published on the disclosure log: {SUBJECT}.")).to_be_visible()
    clean(page)

    public = browser.new_context().new_page()
    public.goto(f"{live_server.url}/foi-disclosure-log/")
    assert public.get_by_role("button", name="Log out").count() == 0
    clean(public)
    listed = public.content()
    assert NAME not in listed and EMAIL not in listed
    public.get_by_role("link", name=SUBJECT).click()
    expect(public.get_by_text(published)).to_be_visible()
    clean(public)
    entry = public.content()
    assert NAME not in entry and EMAIL not in entry


def test_a_press_officer_answers_with_an_approved_line_after_sign_off(
    browser, live_server, ccg_a, comms_a, console_watch
):
    line = "Clinics run as planned; book at your GP practice."
    LineToTakeFactory(ccg=ccg_a, topic="Flu vaccination", text=line)
    LineToTakeFactory(ccg=ccg_a, topic="Ambulance handovers")
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Flu clinic queues")
    page = browser.new_context().new_page()
    sign_in(page, live_server, comms_a.email, PASSWORD)
    page.goto(f"{live_server.url}/media-desk/{enquiry.pk}/")
    clean(page)
    page.get_by_label("Search the topic or text").fill("flu")
    page.get_by_role("button", name="Search lines").click()
    expect(page.get_by_text("Ambulance handovers")).to_have_count(0)
    clean(page)
    page.get_by_label("Flu vaccination", exact=False).check()
    page.get_by_role("button", name="Use this line").click()
    expect(page.get_by_text("Response drafted from the line to take")).to_be_visible()
    clean(page)
    assert page.get_by_label("Response as approved").input_value() == line
    page.get_by_label("Signed off by").fill("Chief Officer")
    page.get_by_role("button", name="Record sign-off").click()
    expect(page.get_by_text("Chief Officer").first).to_be_visible()
    assert page.get_by_label("Response sent").input_value() == line
    page.get_by_role("button", name="Record response as sent").click()
    expect(page.get_by_text("Response recorded as sent.")).to_be_visible()
    expect(page.get_by_role("link", name="Flu vaccination")).to_be_visible()
    clean(page)
