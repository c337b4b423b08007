"""A double click on "Log it" sends one request and logs one enquiry; the button is disabled
after the first click (static/js/submit-once.js; the server's one-time token is the guarantee,
tested in core/tests/test_no_double_submit.py)."""

import pytest

from accounts.tests.factories import CcgFactory, member
from media_desk.models import Enquiry

from .conftest import axe_violations
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The answer goes into a frame, so the page with the clicked button stays to be looked at (the
# frame shows nothing, X-Frame-Options: the post is what counts).
INTO_A_FRAME = """() => {
  const frame = document.createElement("iframe");
  frame.name = "answer";
  document.body.append(frame);
  document.querySelector("main form[method=post]").target = "answer";
}"""


def test_a_double_click_logs_one_enquiry_and_disables_the_button(page, live_server, console_watch):
    console_watch.allow("frame-ancestors")  # the frame refuses the answer, as said above
    staff = member(ccg=CcgFactory(), role="Staff")
    sign_in(page, live_server, staff.email, password="correct-horse-battery")
    page.goto(f"{live_server.url}/media-desk/log/media/")
    assert axe_violations(page) == []
    page.get_by_label("Journalist's name (optional)").fill("Sue Parker")
    page.get_by_label("Outlet (optional)").fill("Bootle Times")
    page.get_by_label("What is it about?").fill("Flu clinic queues")
    page.get_by_label("Phone number").fill("0151 496 0000")
    page.evaluate(INTO_A_FRAME)
    posts = []
    page.on("request", lambda r: posts.append(r) if r.method == "POST" else None)
    button = page.get_by_role("button", name="Log it")

    with page.expect_response(lambda r: r.request.method == "POST"):
        button.dblclick()
    page.wait_for_timeout(300)  # time for a second post, were one to go

    assert button.is_disabled()
    assert len(posts) == 1
    assert Enquiry.objects.count() == 1
