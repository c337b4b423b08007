"""The NHS.UK frontend's JavaScript runs on every page (static/js/supported.js marks the body,
static/js/portal.js starts the components): after a failed submit the error summary takes the
focus, and on a phone the header's navigation folds into its "More" menu."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def test_the_body_is_marked_as_supported_before_the_components_start(page, live_server):
    page.goto(f"{live_server.url}/login/")
    assert page.evaluate("document.body.className") == " js-enabled nhsuk-frontend-supported"
    assert page.locator("[data-nhsuk-skip-link-init]").count() == 1


def test_the_error_summary_has_the_focus_after_a_failed_submit(page, live_server, demo_data):
    sign_in(page, live_server, "comms@demo.nhs.uk", password="not-the-password")
    expect(page.get_by_text("There is a problem")).to_be_visible()
    expect(page.locator(".nhsuk-error-summary")).to_be_focused()


def test_the_error_summary_of_a_portal_form_has_the_focus(page, live_server, demo_data):
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.goto(f"{live_server.url}/stakeholders/organisations/new/")
    page.get_by_role("link", name="NHS South Sefton CCG").click()
    page.locator("main form[method=post] button[type=submit]").first.click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    expect(page.locator(".nhsuk-error-summary")).to_be_focused()


def test_the_header_menu_folds_into_more_on_a_phone(browser, live_server, demo_data):
    phone = browser.new_context(viewport=PHONE).new_page()
    sign_in(phone, live_server, "comms@demo.nhs.uk")
    more = phone.get_by_role("button", name="Browse More")
    expect(more).to_be_visible()
    expect(more).to_have_attribute("aria-expanded", "false")
    menu_row = phone.get_by_role("navigation", name="Menu").bounding_box()["height"]
    assert menu_row < 70, menu_row  # one row of links, not three
    folded = phone.locator(".nhsuk-header__menu-list .nhsuk-header__navigation-link")
    expect(folded.first).to_be_hidden()
    assert "Dashboard" in folded.all_inner_texts()

    more.click()

    expect(more).to_have_attribute("aria-expanded", "true")
    expect(phone.get_by_role("link", name="Dashboard", exact=True)).to_be_visible()


def test_the_whole_menu_shows_on_a_wide_screen(browser, live_server, demo_data):
    wide = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    sign_in(wide, live_server, "comms@demo.nhs.uk")
    menu = wide.get_by_role("navigation", name="Menu")
    expect(menu.get_by_role("link", name="Dashboard", exact=True)).to_be_visible()
    expect(wide.get_by_role("button", name="Browse More")).to_be_hidden()
