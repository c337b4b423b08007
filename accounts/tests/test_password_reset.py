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
