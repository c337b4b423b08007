"""A member of staff logs a media call; the comms officer signs off and responds; every page on
the way passes axe-core."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def test_staff_log_a_call_and_the_comms_team_answers_it(
    browser, live_server, demo_data, console_watch
):
    # Refused forms answer 400 (the response before its sign-off): expected, not a fault.
    console_watch.allow("the server responded with a status of 400")
    staff = browser.new_context().new_page()
    sign_in(staff, live_server, "staff@demo.nhs.uk")
    staff.get_by_role("link", name="Log a media enquiry").click()
    assert axe_violations(staff) == []
    staff.get_by_role("button", name="Log it").click()  # empty: each need is named
    expect(staff.get_by_role("link", name="Enter what it is about")).to_be_visible()
    reply = "Enter a phone number or an e-mail address to reply to"
    expect(staff.get_by_role("link", name=reply)).to_be_visible()
    staff.get_by_label("Journalist's name (optional)").fill("Sue Parker")
    staff.get_by_label("Outlet (optional)").fill("Bootle Times")
    staff.get_by_label("What is it about?").fill("Flu clinic queues")
    staff.get_by_label("Phone number").fill("0151 496 0000")
    staff.get_by_role("button", name="Log it").click()
    expect(staff.get_by_role("heading", name="Flu clinic queues")).to_be_visible()
    assert axe_violations(staff) == []

    comms = browser.new_context().new_page()
    sign_in(comms, live_server, "comms@demo.nhs.uk")
    comms.goto(f"{live_server.url}/media-desk/")
    assert axe_violations(comms) == []
    comms.get_by_role("link", name="Flu clinic queues").click()
    expect(comms.get_by_text("How this deadline was worked out")).to_be_visible()
    comms.get_by_label("Response sent").fill("Clinics run as planned.")
    comms.get_by_role("button", name="Record response as sent").click()
    refusal = "This response must be signed off before it is marked as sent."
    expect(comms.get_by_role("link", name=refusal)).to_be_visible()  # the error summary
    expect(comms.locator(".nhsuk-error-message", has_text=refusal)).to_be_visible()
    assert comms.get_by_label("Response sent").input_value() == "Clinics run as planned."
    assert axe_violations(comms) == []
    comms.get_by_label("Response as approved").fill("Clinics run as planned.")
    comms.get_by_label("Signed off by").fill("Chief Officer")
    comms.get_by_role("button", name="Record sign-off").click()
    comms.get_by_label("Response sent").fill("Clinics run as planned.")
    comms.get_by_role("button", name="Record response as sent").click()
    expect(comms.get_by_text("Response recorded as sent.")).to_be_visible()
    expect(comms.get_by_text("Met", exact=True)).to_be_visible()

    staff.reload()
    expect(staff.get_by_text("Answered")).to_be_visible()
