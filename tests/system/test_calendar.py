"""The comms team sees the shared winter campaign on the calendar, on a desktop and on a
375 px phone, with and without JavaScript, reaches its entries with the keyboard, and
subscribes in Outlook through the private feed. Every page passes axe-core."""

import pytest
from django.core.management import call_command
from icalendar import Calendar

from .conftest import axe_violations
from .test_csp import watch
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def test_the_winter_campaign_is_on_the_calendar_on_a_phone_and_in_the_feed(
    browser, live_server, demo_data
):
    desk = browser.new_context().new_page()
    errors = watch(desk)  # console and script errors (the design system's font host aside)
    sign_in(desk, live_server, "comms@demo.nhs.uk")
    desk.goto(f"{live_server.url}/campaigns/")
    assert desk.get_by_role("link", name="Stay Well This Winter", exact=False).first.is_visible()
    assert axe_violations(desk) == []
    desk.get_by_role("link", name="Stay Well This Winter", exact=False).first.click()
    shared = desk.locator(".nhsuk-summary-list__row", has_text="Shared with")
    assert shared.locator("dd").inner_text() == "NHS South Sefton CCG"
    assert desk.get_by_text("South Sefton: Bootle and Netherton", exact=False).is_visible()
    assert axe_violations(desk) == []
    desk.goto(f"{live_server.url}/campaigns/calendar/")
    assert desk.get_by_role("table").is_visible()
    assert desk.get_by_role("columnheader").count() == 7
    assert axe_violations(desk) == []
    # Keyboard: tabbing reaches a link inside the month's table.
    reached = False
    for _ in range(120):
        desk.keyboard.press("Tab")
        if desk.evaluate("document.activeElement.closest('table') !== null"):
            reached = True
            break
    assert reached
    desk.goto(f"{live_server.url}/campaigns/calendar/agenda/")
    assert axe_violations(desk) == []
    desk.goto(f"{live_server.url}/campaigns/calendar/subscribe/")
    desk.get_by_role("button", name="Make my calendar address").click()
    feed_url = desk.get_by_label("Your calendar address", exact=False).input_value()
    assert axe_violations(desk) == []

    phone = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    sign_in(phone, live_server, "comms@demo.nhs.uk")
    phone.goto(f"{live_server.url}/campaigns/calendar/")
    assert phone.get_by_role("link", name="Stay Well This Winter", exact=False).first.is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scroll
    assert axe_violations(phone) == []

    no_js = browser.new_context(java_script_enabled=False).new_page()
    sign_in(no_js, live_server, "comms@demo.nhs.uk")
    no_js.goto(f"{live_server.url}/campaigns/calendar/?layer=campaigns")
    assert no_js.get_by_role("link", name="Stay Well This Winter", exact=False).first.is_visible()

    outlook = browser.new_context().request.get(feed_url)  # no session: the token is the key
    assert outlook.status == 200
    titles = {str(e["SUMMARY"]) for e in Calendar.from_ical(outlook.body()).walk("VEVENT")}
    assert any(t.startswith("Stay Well This Winter") for t in titles)
    assert errors == []
