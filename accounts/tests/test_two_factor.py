"""Two-factor sign-in: required for Administrators (and the admin site), optional for others.
These tests go through the real login, verify and set-up pages."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import User
from accounts.security import services
from accounts.tests.signing_in import app_code, is_signed_in, password_sign_in

pytestmark = pytest.mark.django_db

PAGES = ["/", "/admin/", "/admin/accounts/user/", "/stakeholders/contacts/", "/account/"]


def signed_in_with_password(user) -> Client:
    client = Client()
    assert password_sign_in(client, user.email).status_code == 302
    return client


def with_app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)


def verify(client, code: str, next_url: str = "/"):
    return client.post(reverse("two_factor_verify"), {"code": code, "next": next_url})


@pytest.mark.parametrize("path", PAGES)
def test_an_administrator_without_an_app_must_set_it_up_before_any_page(admin_a, path):
    client = signed_in_with_password(admin_a)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup") + "?next=")


@pytest.mark.parametrize("path", PAGES)
def test_an_administrator_with_an_app_must_enter_a_code_before_any_page(admin_a, path):
    with_app(admin_a)
    client = signed_in_with_password(admin_a)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_verify") + "?next=")


def test_a_superuser_must_use_two_factor_too(db):
    root = User.objects.create_user(
        email="root@example.nhs.uk", full_name="Root", password="correct-horse-battery"
    )
    root.is_superuser = True  # and not staff: being superuser is enough
    root.save()
    client = signed_in_with_password(root)
    assert client.get("/")["Location"].startswith(reverse("two_factor_setup"))


def test_the_administrator_role_alone_requires_two_factor(admin_a):
    admin_a.is_staff = False  # the role, in any CCG, is enough without admin access
    admin_a.save()
    client = signed_in_with_password(admin_a)
    assert client.get("/")["Location"].startswith(reverse("two_factor_setup"))


def test_a_wrong_code_is_refused(admin_a):
    device = with_app(admin_a)
    client = signed_in_with_password(admin_a)
    wrong = f"{(int(app_code(device)) + 1) % 1_000_000:06d}"
    response = verify(client, wrong)
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_right_code_verifies_and_opens_the_admin(admin_a):
    device = with_app(admin_a)
    client = signed_in_with_password(admin_a)
    response = verify(client, app_code(device), next_url="/admin/")
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/").status_code == 200


def test_a_code_cannot_be_used_twice(admin_a):
    device = with_app(admin_a)
    code = app_code(device)
    verify(signed_in_with_password(admin_a), code)
    second = signed_in_with_password(admin_a)
    assert verify(second, code).status_code == 200
    assert second.get("/").status_code == 302


def test_a_recovery_code_works_once(admin_a):
    with_app(admin_a)
    codes = services.recovery_codes_replace(user=admin_a)
    first = signed_in_with_password(admin_a)
    response = verify(first, codes[0].upper())
    assert response.status_code == 302
    assert "9 left" in first.get("/").content.decode()
    assert first.get("/admin/").status_code == 200
    again = signed_in_with_password(admin_a)
    assert verify(again, codes[0]).status_code == 200
    assert again.get("/admin/").status_code == 302


def test_the_verify_page_never_sends_anyone_off_site(admin_a):
    device = with_app(admin_a)
    client = signed_in_with_password(admin_a)
    assert verify(client, app_code(device), "https://evil.example/")["Location"] == "/"


def test_signing_out_works_before_the_second_step(admin_a):
    with_app(admin_a)
    client = signed_in_with_password(admin_a)
    client.post(reverse("logout"))
    assert not is_signed_in(client)


def test_a_comms_user_without_an_app_signs_in_with_the_password_only(comms_a):
    client = signed_in_with_password(comms_a)
    assert client.get("/").status_code == 200
    assert client.get("/stakeholders/contacts/").status_code == 200


def test_a_comms_user_who_set_up_an_app_is_asked_for_the_code(comms_a):
    device = with_app(comms_a)
    client = signed_in_with_password(comms_a)
    assert client.get("/stakeholders/contacts/")["Location"].startswith(
        reverse("two_factor_verify")
    )
    verify(client, app_code(device))
    assert client.get("/stakeholders/contacts/").status_code == 200


# Setting up.


def test_an_administrator_sets_up_an_app_and_gets_ten_recovery_codes_once(admin_a):
    client = signed_in_with_password(admin_a)
    page = client.get(reverse("two_factor_setup"))
    body = page.content.decode()
    assert "<svg" in body and "<path" in body  # the QR code, drawn on the server
    device = TOTPDevice.objects.get(user=admin_a, confirmed=False)
    secret = re.search(r'<code class="portal-secret">([A-Z2-7 ]+)</code>', body).group(1)
    assert secret.replace(" ", "") in device.config_url  # the key to type, when scanning fails
    response = client.post(
        reverse("two_factor_setup"), {"code": app_code(device), "next": "/admin/"}
    )
    assert response["Location"].startswith(reverse("two_factor_recovery_codes"))
    shown = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", shown)
    assert len(set(codes)) == 10
    assert codes[0] not in client.get(reverse("two_factor_recovery_codes")).content.decode()
    assert client.get("/admin/").status_code == 200  # set-up verified this session


def test_the_set_up_page_has_no_inline_script_or_style(admin_a):
    """A strict Content-Security-Policy forbids them."""
    body = signed_in_with_password(admin_a).get(reverse("two_factor_setup")).content.decode()
    assert "style=" not in body and "<style" not in body
    assert re.findall(r"<script(?![^>]*\bsrc=)", body) == []


def test_a_wrong_code_does_not_turn_two_factor_on(admin_a):
    client = signed_in_with_password(admin_a)
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=admin_a)
    wrong = f"{(int(app_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("two_factor_setup"), {"code": wrong})
    assert "That code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed and client.get("/").status_code == 302


def test_a_stolen_password_cannot_enrol_a_new_phone(admin_a):
    with_app(admin_a)
    client = signed_in_with_password(admin_a)
    response = client.get(reverse("two_factor_setup"))
    assert response["Location"].startswith(reverse("two_factor_verify"))
    assert client.post(reverse("two_factor_setup"), {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=admin_a).count() == 1


def test_a_comms_user_turns_two_factor_on_and_off_from_their_account(comms_a):
    client = signed_in_with_password(comms_a)
    assert "Set up two-factor sign-in" in client.get(reverse("account")).content.decode()
    client.get(reverse("two_factor_setup"))
    device = TOTPDevice.objects.get(user=comms_a)
    client.post(reverse("two_factor_setup"), {"code": app_code(device)})
    assert "On: authenticator app, 10 recovery codes left" in (
        client.get(reverse("account")).content.decode()
    )
    client.post(reverse("two_factor_turn_off"))
    assert not TOTPDevice.objects.filter(user=comms_a).exists()
    assert not StaticDevice.objects.filter(user=comms_a).exists()
    assert signed_in_with_password(comms_a).get("/").status_code == 200


def test_an_administrator_cannot_turn_two_factor_off(client, admin_a):
    client.force_login(admin_a)
    assert client.post(reverse("two_factor_turn_off")).status_code == 403
    assert TOTPDevice.objects.filter(user=admin_a, confirmed=True).exists()


def test_new_recovery_codes_replace_the_old_ones(client, admin_a):
    old = services.recovery_codes_replace(user=admin_a)
    client.force_login(admin_a)
    client.post(reverse("two_factor_recovery_codes"))
    new = re.findall(
        r"<li><code>([a-z2-7]+)</code></li>",
        client.get(reverse("two_factor_recovery_codes")).content.decode(),
    )
    assert len(new) == 10 and not set(new) & set(old)
    # The right one first: a wrong code slows the next try down (django-otp's throttling).
    assert services.two_factor_verify(user=admin_a, code=new[1]) is not None
    assert services.two_factor_verify(user=admin_a, code=old[1]) is None


# The test client's shortcut (accounts/tests/clients.py), pinned so it cannot widen quietly.


def test_it_forces_login_to_pass_the_second_step_only_when_asked(client, admin_a, comms_a):
    plain = Client()
    plain.force_login(admin_a)
    assert plain.get("/admin/").status_code == 302  # Django's own client: no second step
    client.force_login(admin_a)
    assert client.get("/admin/").status_code == 200
    assert DEVICE_ID_SESSION_KEY in client.session
    client.force_login(comms_a)
    assert DEVICE_ID_SESSION_KEY not in client.session  # nothing to verify for them
