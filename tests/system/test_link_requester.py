"""A call logged by name is linked to the register by the comms team, from the suggestion, and
then appears on the journalist's page; every page on the way passes axe-core."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def test_the_comms_team_links_a_call_to_the_suggested_journalist(browser, live_server, demo_data):
    comms = browser.new_context().new_page()
    sign_in(comms, live_server, "comms@demo.nhs.uk")
    comms.goto(f"{live_server.url}/media-desk/")
    comms.get_by_role("link", name="Opening hours of the Bootle walk-in centre").click()
    expect(comms.get_by_role("heading", name="Link to the register")).to_be_visible()
    expect(comms.get_by_text("This looks like someone already in the register")).to_be_visible()
    assert axe_violations(comms) == []
    chosen = comms.get_by_label("Who in the register is it?")
    assert chosen.locator("option:checked").inner_text().startswith("Aisha Kelly (Journalist")
    comms.get_by_role("button", name="Link", exact=True).click()
    expect(comms.get_by_text("Linked to Aisha Kelly in the register.")).to_be_visible()
    assert comms.get_by_role("heading", name="Link to the register").count() == 0

    comms.get_by_role("link", name="Aisha Kelly").first.click()
    letters = comms.locator("table", has_text="Opening hours of the Bootle walk-in centre")
    expect(letters).to_be_visible()
    assert axe_violations(comms) == []
    # Console errors and warnings fail the test through the suite's console watch.
