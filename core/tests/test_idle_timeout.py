"""A user inactive for longer than SESSION_IDLE_TIMEOUT (30 minutes by default) is signed out at
their next request, and the login page says why. Inactivity is simulated by moving the time
of the last activity stored in their session back."""

import time

import pytest
from django.urls import reverse

from ccgcomms.tests.test_settings import _manage
from core.middleware import LAST_ACTIVITY_KEY

pytestmark = pytest.mark.django_db

PAGE = "/stakeholders/contacts/"


@pytest.fixture
def signed_in(client, comms_a):
    client.force_login(comms_a)  # signing in starts the clock
    assert client.get(PAGE).status_code == 200
    return client


def _idle_for(client, seconds: int) -> None:
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - seconds
    session.save()


def test_the_default_timeout_is_30_minutes(settings):
    assert settings.SESSION_IDLE_TIMEOUT == 30 * 60


def test_a_user_idle_for_longer_than_the_timeout_is_signed_out_and_told_why(signed_in):
    _idle_for(signed_in, 31 * 60)
    response = signed_in.get(PAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={PAGE}"
    login = signed_in.get(response["Location"])
    assert "You were signed out after 30 minutes without activity" in login.content.decode()
    assert "_auth_user_id" not in signed_in.session
    assert signed_in.get(PAGE).status_code == 302  # still signed out


def test_a_user_active_within_the_timeout_stays_signed_in(signed_in):
    _idle_for(signed_in, 29 * 60)
    assert signed_in.get(PAGE).status_code == 200
    assert signed_in.get(PAGE).status_code == 200


def test_each_request_restarts_the_clock(signed_in):
    _idle_for(signed_in, 20 * 60)
    signed_in.get(PAGE)  # 20 minutes idle: fine, and now active again
    assert time.time() - signed_in.session[LAST_ACTIVITY_KEY] < 5


def test_the_session_is_written_at_most_once_a_minute(signed_in):
    _idle_for(signed_in, 30)
    stamped = signed_in.session[LAST_ACTIVITY_KEY]
    response = signed_in.get(PAGE)
    assert signed_in.session[LAST_ACTIVITY_KEY] == stamped
    assert "sessionid" not in response.cookies  # nothing changed, so no session saved


def test_the_timeout_comes_from_the_setting(signed_in, settings):
    settings.SESSION_IDLE_TIMEOUT = 5 * 60
    _idle_for(signed_in, 6 * 60)
    login = signed_in.get(PAGE, follow=True)
    assert "You were signed out after 5 minutes without activity" in login.content.decode()


def test_an_idle_user_reading_a_public_page_is_signed_out_but_reads_it(signed_in):
    _idle_for(signed_in, 31 * 60)
    assert signed_in.get("/you-said-we-did/").status_code == 200
    assert "_auth_user_id" not in signed_in.session


def test_a_timeout_that_is_not_a_number_of_seconds_is_refused():
    result = _manage("check", env={"DEBUG": "true", "SESSION_IDLE_TIMEOUT": "30m"})
    assert result.returncode != 0
    assert "SESSION_IDLE_TIMEOUT must be a whole number, not '30m'" in result.stderr
    result = _manage("check", env={"DEBUG": "true", "SESSION_IDLE_TIMEOUT": "30"})
    assert "SESSION_IDLE_TIMEOUT is in seconds and must be at least 60" in result.stderr


def test_signing_in_starts_the_clock_so_the_first_page_writes_no_session(client, comms_a):
    client.post("/login/", {"username": comms_a.email, "password": "correct-horse-battery"})
    assert time.time() - client.session[LAST_ACTIVITY_KEY] < 5
    assert "sessionid" not in client.get(PAGE).cookies
