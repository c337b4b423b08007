"""A double click on "Log it" sends one request and logs one enquiry; the button is disabled
after the first click (static/js/submit-once.js; the server's one-time token is the guarantee,
tested in ccgcomms/tests/test_no_double_submit.py)."""

import pytest

from accounts.tests.factories import CcgFactory, member
from media_desk.models import Enquiry

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_double_click_logs_one_enquiry_and_disables_the_button(page, live_server):
    staff = member(ccg=CcgFactory(), role="Staff")
    sign_in(page, live_server, staff.email, password="correct-horse-battery")
    page.goto(f"{live_server.url}/media-desk/log/media/")
    assert axe_violations(page) == []
    page.get_by_label("Name").fill("Sue Parker")
    page.get_by_label("Outlet or organisation").fill("Bootle Times")
    page.get_by_label("Subject").fill("Flu clinic queues")
    held = []  # the posts that left the browser, held until the checks are done

    def hold(route):
        if route.request.method == "POST":
            held.append(route)
        else:
            route.continue_()

    page.route("**/media-desk/log/media/", hold)
    button = page.get_by_role("button", name="Log it")
    button.dblclick()
    page.wait_for_timeout(500)

    assert button.is_disabled()
    assert len(held) == 1
    held[0].continue_()
    page.get_by_role("heading", name="Flu clinic queues").wait_for()
    assert Enquiry.objects.count() == 1
