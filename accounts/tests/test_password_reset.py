import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_user_resets_their_password_through_the_emailed_link(client, comms_a):
    client.post(reverse("password_reset"), {"email": comms_a.email})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/password-reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]  # Django swaps the token for a session marker
    new = "a-brand-new-passphrase-2026"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response["Location"] == reverse("password_reset_complete")
    assert client.login(username=comms_a.email, password=new)


def test_an_unknown_address_reveals_nothing(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert response["Location"] == reverse("password_reset_done") and mail.outbox == []


def test_login_is_by_email_whatever_its_case(client, comms_a):
    response = client.post(
        reverse("login"), {"username": comms_a.email.upper(), "password": "correct-horse-battery"}
    )
    assert response.status_code == 302


# Throttling: PASSWORD_RESET_LIMIT (5) requests per client address and per e-mail address in
# PASSWORD_RESET_WINDOW_MINUTES (60).


def request_reset(client, email, **extra):
    return client.post(reverse("password_reset"), {"email": email}, **extra)


def test_it_stops_sending_links_after_five_requests_for_one_address(client, comms_a):
    statuses = [request_reset(client, comms_a.email).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    assert len(mail.outbox) == 5


def test_the_throttled_page_says_what_happened_and_when_to_try_again(client, comms_a):
    for _ in range(5):
        request_reset(client, comms_a.email)
    body = request_reset(client, comms_a.email).content.decode()
    assert "Too many password reset requests" in body and "try again after" in body


def test_one_network_cannot_ask_for_many_accounts(client, comms_a):
    for n in range(5):
        request_reset(client, f"someone{n}@example.nhs.uk")
    assert request_reset(client, comms_a.email).status_code == 429
    assert mail.outbox == []
    elsewhere = request_reset(client, comms_a.email, REMOTE_ADDR="192.0.2.40")
    assert elsewhere.status_code == 302 and len(mail.outbox) == 1


def test_many_networks_cannot_flood_one_inbox(client, comms_a):
    for n in range(5):
        request_reset(client, comms_a.email.upper(), REMOTE_ADDR=f"198.51.100.{n}")
    assert request_reset(client, comms_a.email, REMOTE_ADDR="198.51.100.99").status_code == 429
    assert len(mail.outbox) == 5


def test_an_unknown_address_is_throttled_the_same_so_nothing_is_revealed(client):
    statuses = [request_reset(client, "nobody@example.org").status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]


def test_the_reset_limit_is_configurable(client, comms_a, settings):
    settings.PASSWORD_RESET_LIMIT = 2
    statuses = [request_reset(client, comms_a.email).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]


def test_behind_a_proxy_each_client_has_its_own_reset_limit(client, comms_a, comms_b, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(5):
        request_reset(
            client, f"someone{n}@example.nhs.uk", HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy
        )
    assert (
        request_reset(
            client, comms_a.email, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy
        ).status_code
        == 429
    )
    colleague = request_reset(client, comms_b.email, HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy)
    assert colleague.status_code == 302
