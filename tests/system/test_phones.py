"""On a phone (375 px wide) no main page scrolls sideways: tables use the design system's
responsive layout (each cell shows its column's heading). Every part of every main page sits in
a landmark, and axe-core finds no violation at all, of any impact, for each demo role.

With SCREENSHOTS=1 the tests also save the README's screenshots into docs/screenshots/."""

import pytest
from django.core.management import call_command

from accounts.models import Ccg, User
from campaigns.models import Campaign, ContentItem
from media_desk.models import Enquiry
from stakeholders import services as stakeholder_services

from .fixtures import EVERY_IMPACT, axe_violations, screenshot
from .test_sign_in import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
MAIN_PAGES = [
    "/",
    "/media-desk/",
    "/stakeholders/contacts/",
    "/stakeholders/organisations/",
    "/engagement/events/",
    "/engagement/reach/",
    "/engagement/consultations/",
    "/you-said-we-did/",
    "/you-said-we-did/consultations/",
    "/campaigns/awareness-days/",
    "/reporting/dashboard/",
    "/media-desk/press-releases/",
    "/media-desk/coverage/",
    "/campaigns/content/",
    "/campaigns/actions/",
    "/campaigns/evaluation/",
    "/media-desk/foi-statistics/",
    "/foi-disclosure-log/",
]
ROLES = ["admin@demo.nhs.uk", "comms@demo.nhs.uk", "governing@demo.nhs.uk", "staff@demo.nhs.uk"]
SIDEWAYS = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
# A file as people send them: accents, and a row the check refuses (no name, a bad email).
IMPORT = (
    "First name,Last name,Email,Organisation,Format needs\r\n"
    "Zoë,Ó Briain,zoe@example.org,Sefton Carers' Centre,Easy read\r\n"
    ",,not-an-email,Sefton CVS,\r\n"
).encode()


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def an_import_report() -> str:
    """A checked import of the demo's first CCG, with one bad row: its report's address."""
    comms = User.objects.get(email="comms@demo.nhs.uk")
    ccg = Ccg.objects.filter(memberships__user=comms).order_by("name").first()
    job = stakeholder_services.import_job_start(
        inline=True, ccg=ccg, user=comms, filename="contacts.csv", content=IMPORT
    )
    return f"/stakeholders/imports/{job.pk}/"


def an_enquiry() -> str:
    return f"/media-desk/{Enquiry.objects.order_by('pk').first().pk}/"


def a_content_item() -> str:
    """The demo's press release's content item: its approval and the words approved."""
    item = ContentItem.objects.filter(channel="press").order_by("pk").first()
    return f"/campaigns/content/{item.pk}/"


def an_evaluation() -> str:
    """A campaign's measures (baseline, target, actual) and its learning."""
    campaign = Campaign.objects.filter(measures__isnull=False).order_by("pk").first()
    return f"/campaigns/evaluation/campaign/{campaign.pk}/"


def _pages() -> list[str]:
    return [*MAIN_PAGES, an_import_report(), an_enquiry(), a_content_item(), an_evaluation()]


def test_no_main_page_scrolls_sideways_on_a_phone(browser, live_server, demo_data):
    phone = browser.new_context(viewport=PHONE).new_page()
    sign_in(phone, live_server, "comms@demo.nhs.uk")
    phone.wait_for_url(f"{live_server.url}/")
    too_wide = {}
    for path in _pages():
        response = phone.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        scroll_width, client_width = phone.evaluate(SIDEWAYS)
        if scroll_width > client_width:
            too_wide[path] = scroll_width
    assert too_wide == {}, f"wider than {PHONE['width']} px"
    phone.goto(f"{live_server.url}/media-desk/")
    screenshot(phone, "media-desk-on-a-phone")


def test_each_role_sees_every_main_page_in_landmarks_with_no_axe_violation(
    browser, live_server, demo_data, console_watch
):
    # Not every role may see every page: the browser reports those answers as errors.
    console_watch.allow("the server responded with a status of 403")
    console_watch.allow("the server responded with a status of 404")
    pages = _pages()
    found = {}
    for email in ROLES:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        sign_in(page, live_server, email)
        page.wait_for_url(f"{live_server.url}/")
        seen = 0
        for path in pages:
            response = page.goto(f"{live_server.url}{path}")
            if response.status in (403, 404):  # not this role's page (nor offered to it)
                continue
            assert response.status == 200, (email, path)
            seen += 1
            violations = axe_violations(page, impacts=EVERY_IMPACT)
            if violations:
                found[f"{email} {path}"] = violations
        assert seen >= 3, email
        context.close()
    assert found == {}


def test_the_readme_screenshots(browser, live_server, demo_data):
    """Saved only with SCREENSHOTS=1 (see the README); otherwise this walks the same pages."""
    page = browser.new_context(viewport=DESKTOP).new_page()
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.wait_for_url(f"{live_server.url}/")
    screenshot(page, "home")
    page.goto(f"{live_server.url}{an_enquiry()}")
    screenshot(page, "an-enquiry")
    page.goto(f"{live_server.url}/stakeholders/contacts/")
    screenshot(page, "contacts")
