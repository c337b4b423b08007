"""Each demo role signs in through the real login page and lands on its own home page;
the login and home pages have no serious or critical accessibility violation."""

from base64 import b32decode

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from playwright.sync_api import expect

from demo import data

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOME_HEADINGS = {
    "admin@demo.nhs.uk": "Administration",
    "comms@demo.nhs.uk": "Your work queue",
    "governing@demo.nhs.uk": "Governing body",
    "staff@demo.nhs.uk": "Log a media call or an MP letter",
}


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo_data")


def sign_in(page, live_server, email: str, password: str = "demo-portal-2026"):
    """The whole sign-in, as a person does it: for the demo administrator, the code from an
    authenticator app holding the published demo secret too."""
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    if email in data.DEMO_TOTP_USERS and password == data.DEMO_PASSWORD:
        page.get_by_label("Security code").fill(demo_app_code())
        page.get_by_role("button", name="Continue").click()


def demo_app_code() -> str:
    return f"{totp(b32decode(data.DEMO_TOTP_SECRET)):06d}"


def test_the_login_page_passes_axe(page, live_server):
    page.goto(f"{live_server.url}/login/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize("email, heading", HOME_HEADINGS.items())
def test_each_role_signs_in_to_its_home_page(page, live_server, demo_data, email, heading):
    sign_in(page, live_server, email)
    assert page.get_by_role("heading", level=1).inner_text() == heading
    assert axe_violations(page) == []


def test_a_wrong_password_is_refused_and_keeps_the_email(page, live_server, demo_data):
    sign_in(page, live_server, "comms@demo.nhs.uk", password="not-the-password")
    expect(page.get_by_text("There is a problem")).to_be_visible()
    assert page.get_by_label("Email address").input_value() == "comms@demo.nhs.uk"
    assert axe_violations(page) == []


def test_the_comms_officer_switches_ccg_from_the_header(page, live_server, demo_data):
    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.goto(f"{live_server.url}/stakeholders/contacts/")
    assert (
        page.get_by_text("Morgan Reilly").is_visible()
        and page.get_by_text("Jordan Hartley").is_visible()
    )
    page.get_by_label("Showing records of").select_option(label="NHS South Sefton CCG")
    page.get_by_role("button", name="Switch").click()
    expect(page.get_by_text("Morgan Reilly")).to_be_visible()
    assert page.get_by_text("Jordan Hartley").count() == 0
    assert axe_violations(page) == []


def test_the_demo_administrator_is_asked_for_a_code_and_the_page_passes_axe(
    page, live_server, demo_data
):
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Email address").fill("admin@demo.nhs.uk")
    page.get_by_label("Password").fill("demo-portal-2026")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    page.get_by_label("Security code").fill(demo_app_code())
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    assert "/admin/" in page.url


def test_the_locked_out_page_passes_axe(page, live_server, demo_data, console_watch):
    console_watch.allow("status of 429 (Too Many Requests)")  # the lock-out this test provokes
    for _ in range(5):
        sign_in(page, live_server, "comms@demo.nhs.uk", password="not-the-password")
    expect(page.get_by_role("heading", name="Signing in is paused for 15 minutes")).to_be_visible()
    assert axe_violations(page) == []


def test_an_optional_user_sets_up_two_factor_and_the_pages_pass_axe(page, live_server, demo_data):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    sign_in(page, live_server, "comms@demo.nhs.uk")
    page.get_by_role("link", name="Casey Comms").click()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Set up two-factor sign-in").click()
    expect(page.get_by_role("img", name="QR code")).to_be_visible()
    assert axe_violations(page) == []
    device = TOTPDevice.objects.get(user__email="comms@demo.nhs.uk", confirmed=False)
    page.get_by_label("Code from your authenticator app").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("heading", name="Save your recovery codes")).to_be_visible()
    assert axe_violations(page) == []
