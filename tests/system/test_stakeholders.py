"""A comms officer, in a real browser: imports a messy spreadsheet, sees what will happen,
imports it, finds and maps a stakeholder, manages list consent. Every page on the way passes
axe-core."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from stakeholders.tests.spreadsheets import xlsx_bytes

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def officer(page, live_server, transactional_db):
    call_command("load_demo_data")
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.get_by_label("Showing records of").select_option(label="NHS South Sefton CCG")
    page.get_by_role("button", name="Switch").click()
    return page


def test_importing_a_messy_spreadsheet(officer, live_server, tmp_path):
    page = officer
    path = tmp_path / "sefton stakeholders.xlsx"
    path.write_bytes(
        xlsx_bytes(
            [
                ["Sefton stakeholders, May"],
                ["Forename", "Surname", "E-mail address", "Company", "AIS needs", "Fax"],
                ["Nia", "Owen", "nia.owen@example.org", "Sefton CVS", "Large print", "1"],
                ["Pat", "Quinn", "PAT.QUINN@example.org", "Sefton CVS", "", ""],
            ]
        )
    )
    page.goto(f"{live_server.url}/stakeholders/imports/new/")
    assert axe_violations(page) == []
    page.get_by_label("Spreadsheet").set_input_files(str(path))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", name="What the import will do")).to_be_visible()
    expect(page.get_by_text("'Fax' is not a column we know: ignored")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Import 1 contact").click()
    expect(page.get_by_role("heading", name="What the import did")).to_be_visible()
    page.goto(f"{live_server.url}/stakeholders/contacts/?q=nia+owen")
    page.get_by_role("link", name="Nia Owen").click()
    expect(page.get_by_text("Accessible information needs")).to_be_visible()
    assert axe_violations(page) == []


def test_mapping_and_consent_pages(officer, live_server):
    page = officer
    for path, heading in [
        ("/stakeholders/contacts/", "Stakeholders"),
        ("/stakeholders/mapping/", "Stakeholder mapping"),
        ("/stakeholders/organisations/", "Organisations"),
        ("/stakeholders/lists/", "Distribution lists"),
        ("/stakeholders/segments/", "Segments"),
        ("/stakeholders/retention/", "Retention review"),
    ]:
        page.goto(live_server.url + path)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert axe_violations(page) == [], path
    page.get_by_role("link", name="Mapping").click()
    page.get_by_role("link", name="Shaping Sefton").click()
    expect(page.get_by_role("heading", name="Manage closely")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Pat Quinn").first.click()
    page.get_by_role("link", name="Edit").click()
    assert axe_violations(page) == []
    page.go_back()
    page.get_by_role("link", name="Add to a list").click()
    page.get_by_label("List", exact=True).select_option(label="Your Voice")
    page.get_by_label("Consent", exact=True).check()
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("2026")
    page.get_by_label("Where the consent or request came from").fill("Form at the AGM")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Pat Quinn added to Your Voice.")).to_be_visible()
    assert axe_violations(page) == []
