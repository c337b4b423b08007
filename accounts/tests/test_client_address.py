"""Which address a lockout or throttle counts against: REMOTE_ADDR unless the portal is told
how many reverse proxies of its own stand in front (TRUSTED_PROXY_COUNT)."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.test import Client, RequestFactory

from accounts.security.client_address import client_address
from accounts.tests.signing_in import is_signed_in, password_sign_in


def request_from(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_it_ignores_x_forwarded_for(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("192.0.2.1", "203.0.113.9")) == "192.0.2.1"


def test_behind_one_proxy_it_takes_the_address_that_proxy_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("10.0.0.2", "203.0.113.9")) == "203.0.113.9"


def test_behind_one_proxy_it_ignores_what_the_client_wrote_in_front(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    spoofed = request_from("10.0.0.2", "1.2.3.4, 203.0.113.9")
    assert client_address(spoofed) == "203.0.113.9"


def test_behind_two_proxies_it_counts_two_from_the_right(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from("10.0.0.3", "1.2.3.4, 203.0.113.9, 10.0.0.2")) == (
        "203.0.113.9"
    )


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", "203.0.113.9:4431"])
def test_a_missing_or_malformed_header_falls_back_to_remote_addr(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("10.0.0.2", forwarded)) == "10.0.0.2"


@pytest.mark.django_db
def test_behind_a_proxy_one_client_is_locked_out_and_another_is_not(settings, comms_a):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    attacker = Client(HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    for n in range(5):
        password_sign_in(attacker, f"someone{n}@example.nhs.uk", "wrong-guess")
    assert password_sign_in(attacker, comms_a.email).status_code == 429
    colleague = Client(HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy)
    assert password_sign_in(colleague, comms_a.email).status_code == 302
    assert is_signed_in(colleague)


@pytest.mark.django_db
def test_without_a_proxy_a_made_up_header_does_not_dodge_the_lockout(settings, comms_a):
    settings.TRUSTED_PROXY_COUNT = 0
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(5):
        password_sign_in(
            attacker, f"someone{n}@example.nhs.uk", "x", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        )
    response = password_sign_in(attacker, comms_a.email, HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert response.status_code == 429


LIMIT_VARIABLES = (
    "TRUSTED_PROXY_COUNT",
    "AXES_FAILURE_LIMIT",
    "AXES_COOLOFF_MINUTES",
    "PASSWORD_RESET_LIMIT",
    "PASSWORD_RESET_WINDOW_MINUTES",
)


def limits_under(**variables) -> list[str]:
    """The settings as a fresh process reads them with these environment variables."""
    env = {k: v for k, v in os.environ.items() if k not in LIMIT_VARIABLES}
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.TRUSTED_PROXY_COUNT, s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME,"
        " s.PASSWORD_RESET_LIMIT, s.PASSWORD_RESET_WINDOW)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**env, **variables, "DJANGO_SETTINGS_MODULE": "ccgcomms.settings"},
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def test_by_default_it_trusts_no_proxy_and_locks_after_five_for_fifteen_minutes():
    assert limits_under() == ["0", "5", "0:15:00", "5", "1:00:00"]


def test_the_limits_come_from_the_environment():
    values = ["1", "7", "30", "2", "10"]
    assert limits_under(**dict(zip(LIMIT_VARIABLES, values, strict=True))) == [
        "1",
        "7",
        "0:30:00",
        "2",
        "0:10:00",
    ]
