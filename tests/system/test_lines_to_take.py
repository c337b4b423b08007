"""A press officer finds a line to take from a media enquiry's page and uses it as the draft
response, without JavaScript doing the search; the library, the enquiry, the corrections list
and an MP's page pass axe-core."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import CcgFactory, member
from media_desk.tests.factories import LineToTakeFactory, logged_enquiry
from stakeholders.tests.factories import ContactFactory

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_press_officer_uses_a_line_to_take_on_an_enquiry(page, live_server):
    ccg = CcgFactory()
    comms = member(ccg=ccg, role="Comms team")
    LineToTakeFactory(ccg=ccg, topic="Flu vaccination", text="Book at your GP practice.")
    LineToTakeFactory(ccg=ccg, topic="Ambulance handovers")
    enquiry = logged_enquiry(ccg=ccg, logged_by=comms, subject="Flu clinic queues")
    mp = ContactFactory(ccg=ccg, kind="mp", first_name="Jordan", last_name="Hartley")
    sign_in(page, live_server, comms.email, password="correct-horse-battery")

    page.goto(f"{live_server.url}/media-desk/lines/")
    expect(page.get_by_role("link", name="Flu vaccination")).to_be_visible()
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/media-desk/{enquiry.pk}/")
    page.get_by_label("Search the topic or text").fill("flu")
    page.get_by_role("button", name="Search lines").click()
    expect(page.get_by_text("Ambulance handovers")).to_have_count(0)
    assert axe_violations(page) == []
    page.get_by_label("Flu vaccination", exact=False).check()
    page.get_by_role("button", name="Use this line").click()
    expect(page.get_by_text("Response drafted from the line to take")).to_be_visible()
    expect(page.get_by_role("link", name="Flu vaccination")).to_be_visible()

    for path in ("/media-desk/corrections/", "/media-desk/mps/", f"/media-desk/mps/{mp.pk}/"):
        page.goto(f"{live_server.url}{path}")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert axe_violations(page) == [], path
