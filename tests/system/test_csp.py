"""With the Content-Security-Policy on, the main pages load in a real browser without a single
refusal ("Refused to apply inline style...", "Refused to execute inline script...") and
without a console or script error: the NHS.UK frontend's script and ours run from static
files, and no page needs anything inline."""

import pytest
from django.core.management import call_command

from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/login/",
    "/password-reset/",
    "/you-said-we-did/",
    "/you-said-we-did/consultations/",
]
COMMS_PAGES = [
    "/",
    "/stakeholders/contacts/",
    "/stakeholders/organisations/",
    "/stakeholders/mapping/",
    "/stakeholders/imports/new/",
    "/media-desk/",
    "/engagement/",
    "/engagement/events/",
    "/engagement/responses/",
    "/engagement/annual-report/",
    "/reporting/dashboard/",
    "/notifications/",
]
# Every CSP violation the page reports, whatever the console shows. An init script runs before
# the page's own and is not itself subject to the page's policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || "inline"}`);
});
"""
# The NHS.UK frontend's stylesheet loads its font from the design system's host, which the
# policy allows; the test machine may have no internet, so the browser gets an empty answer.
FONT_HOST = "https://assets.nhs.uk/**"


def watch(page) -> list[str]:
    """The page's CSP violations, console errors and uncaught script errors, as they happen."""
    problems: list[str] = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.route(FONT_HOST, lambda route: route.fulfill(status=404, body=""))
    page.on(
        "console",
        lambda m: (
            problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" and "assets.nhs.uk" not in m.text + str(m.location)
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    return problems


def visit(page, url: str, problems: list[str]) -> list[str]:
    before = len(problems)
    response = page.goto(url)
    assert response.ok, url
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    violations = page.evaluate("window.__cspViolations")
    return [f"{url}: {p}" for p in problems[before:] + violations]


def test_the_main_pages_run_under_the_policy_without_a_refusal(browser, live_server):
    call_command("load_demo_data")
    context = browser.new_context()
    page = context.new_page()
    problems = watch(page)
    found = []
    for path in PUBLIC_PAGES:
        found += visit(page, f"{live_server.url}{path}", problems)
    sign_in(page, live_server, "comms@demo.nhs.uk")
    for path in COMMS_PAGES:
        found += visit(page, f"{live_server.url}{path}", problems)
    # The design system's script ran from its static file: the skip link is a live component.
    assert page.locator("[data-nhsuk-skip-link-init]").count() == 1
    context.close()
    assert found == []


def test_it_would_see_an_inline_style_refused(page, live_server, console_watch):
    console_watch.allow("Applying inline style violates")  # the refusal this test provokes
    problems = watch(page)
    page.goto(f"{live_server.url}/login/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    page.wait_for_timeout(200)
    found = problems + page.evaluate("window.__cspViolations")
    assert any("style-src" in p or "Refused to apply inline style" in p for p in found), found
