"""Sign-in lockout (django-axes): repeated wrong passwords lock the account and the address,
for the portal's login and the admin's, until the cool-off passes or an Administrator unlocks."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.tests.signing_in import is_signed_in, password_sign_in

pytestmark = pytest.mark.django_db

LOCKED = 429


def fail(client, email, times, **extra):
    return [
        password_sign_in(client, email, "wrong-guess", **extra).status_code for _ in range(times)
    ]


def test_it_locks_the_account_after_repeated_wrong_passwords(comms_a):
    client = Client()
    statuses = fail(client, comms_a.email, 30)
    assert statuses[:4] == [200] * 4  # the form again, with its error
    assert set(statuses[4:]) == {LOCKED}


def test_it_refuses_the_right_password_while_locked_out(comms_a):
    client = Client()
    fail(client, comms_a.email, 30)
    response = password_sign_in(client, comms_a.email)
    assert response.status_code == LOCKED and not is_signed_in(client)
    body = response.content.decode()
    assert "Signing in is paused for 15 minutes" in body
    assert "You can try again after" in body and "ask an administrator" in body


def test_it_lets_them_in_once_the_cool_off_has_passed(comms_a):
    client = Client()
    fail(client, comms_a.email, 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert password_sign_in(client, comms_a.email).status_code == 302 and is_signed_in(client)


def test_each_attempt_while_locked_out_restarts_the_wait(comms_a):
    client = Client()
    fail(client, comms_a.email, 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=14))
    fail(client, comms_a.email, 1)
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=2))
    assert password_sign_in(client, comms_a.email).status_code == LOCKED


def test_the_limit_is_configurable(comms_a, settings):
    settings.AXES_FAILURE_LIMIT = 3
    assert fail(Client(), comms_a.email, 3) == [200, 200, LOCKED]


def test_the_case_of_the_address_buys_no_extra_guesses_from_anywhere(comms_a):
    """Five tries with the e-mail in different cases from five networks still lock the
    account: it is counted per account, whatever the address or the case."""
    client = Client()
    for n, email in enumerate([comms_a.email, comms_a.email.upper(), f" {comms_a.email}"] * 2):
        password_sign_in(client, email, "wrong-guess", REMOTE_ADDR=f"198.51.100.{n}")
    response = password_sign_in(client, comms_a.email.title(), REMOTE_ADDR="198.51.100.99")
    assert response.status_code == LOCKED and not is_signed_in(client)


def test_a_right_password_after_a_typo_or_two_starts_the_count_again(comms_a):
    client = Client()
    fail(client, comms_a.email, 4)
    assert password_sign_in(client, comms_a.email).status_code == 302
    client.post(reverse("logout"))
    assert fail(client, comms_a.email, 4) == [200] * 4


def test_it_locks_an_address_that_tries_many_accounts(comms_a, comms_b):
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for n in range(5):
        password_sign_in(attacker, f"someone{n}@example.nhs.uk", "wrong-guess")
    assert password_sign_in(attacker, comms_a.email).status_code == LOCKED
    assert not is_signed_in(attacker)
    # The accounts themselves are not locked: from another address they sign in.
    elsewhere = Client(REMOTE_ADDR="192.0.2.20")
    assert password_sign_in(elsewhere, comms_a.email).status_code == 302


def test_the_admin_login_is_locked_too(admin_a):
    client = Client()
    url = reverse("admin:login")
    statuses = [
        client.post(url, {"username": admin_a.email, "password": "wrong-guess"}).status_code
        for _ in range(5)
    ]
    assert statuses == [200] * 4 + [LOCKED]
    response = client.post(url, {"username": admin_a.email, "password": "correct-horse-battery"})
    assert response.status_code == LOCKED and not is_signed_in(client)


def test_a_lockout_from_the_portal_login_holds_at_the_admin_login(admin_a):
    fail(Client(REMOTE_ADDR="198.51.100.1"), admin_a.email, 5)
    client = Client(REMOTE_ADDR="198.51.100.2")
    response = client.post(
        reverse("admin:login"), {"username": admin_a.email, "password": "correct-horse-battery"}
    )
    assert response.status_code == LOCKED


# Unlocking, by an Administrator, in the admin ("Axes › Access attempts").


def unlock(client, attempts):
    return client.post(
        reverse("admin:axes_accessattempt_changelist"),
        {"action": "unlock", "_selected_action": [a.pk for a in attempts]},
    )


def test_an_administrator_unlocks_a_user_of_their_ccg(client, admin_a, comms_a):
    fail(Client(), comms_a.email, 30)
    client.force_login(admin_a)
    listing = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert comms_a.email in listing
    unlock(client, AccessAttempt.objects.filter(username=comms_a.email))
    assert not AccessAttempt.objects.exists()
    user = Client()
    assert password_sign_in(user, comms_a.email).status_code == 302 and is_signed_in(user)


def test_an_administrator_cannot_see_or_unlock_another_ccgs_user(client, admin_a, comms_b):
    fail(Client(), comms_b.email, 5)
    client.force_login(admin_a)
    listing = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert comms_b.email not in listing
    unlock(client, AccessAttempt.objects.all())
    assert password_sign_in(Client(REMOTE_ADDR="192.0.2.30"), comms_b.email).status_code == LOCKED


def test_the_superuser_unlocks_anyone(client, comms_b):
    from accounts.models import User

    fail(Client(), "nobody@example.org", 3)
    fail(Client(), comms_b.email, 5)
    superuser = User.objects.create_superuser(email="root@example.nhs.uk", full_name="Root")
    client.force_login(superuser)
    listing = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert comms_b.email in listing and "nobody@example.org" in listing
    unlock(client, AccessAttempt.objects.all())
    assert not AccessAttempt.objects.exists()


def test_other_roles_do_not_see_locked_out_sign_ins(client, comms_a):
    fail(Client(), comms_a.email, 5)
    comms_a.is_staff = True  # even with admin access, no Administrator role: no unlocking
    comms_a.save()
    client.force_login(comms_a)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403
