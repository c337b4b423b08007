"""`Cache-Control: no-store` on every answer to a signed-in user, so no page of personal data
stays in a browser's back/forward cache or a proxy; the public pages keep their short public
caching for anonymous visitors, and static files their own headers."""

import pytest
from django.test import Client

from .urlsweep import url_patterns

pytestmark = pytest.mark.django_db

PUBLIC = ["/you-said-we-did/", "/you-said-we-did/feed.atom", "/you-said-we-did/consultations/"]


def _directives(response) -> set[str]:
    return {d.strip() for d in response.get("Cache-Control", "").split(",") if d.strip()}


def test_every_answer_to_a_signed_in_user_says_no_store(comms_a):
    comms_a.is_superuser = True  # so the admin answers too
    comms_a.save()
    client = Client(raise_request_exception=False)
    client.force_login(comms_a)
    stored = []
    for pattern in url_patterns():
        url = pattern.sample()
        response = client.get(url)
        if "no-store" not in _directives(response):
            stored.append(f"{url}: {response.status_code} {response.get('Cache-Control')}")
    assert stored == []


def test_signing_in_is_answered_no_store(client, comms_a):
    response = client.post(
        "/login/", {"username": comms_a.email, "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert "no-store" in _directives(response)


@pytest.mark.parametrize("path", PUBLIC)
def test_the_public_pages_stay_publicly_cacheable_for_anonymous_visitors(client, path):
    directives = _directives(client.get(path))
    assert "no-store" not in directives
    assert {"public", "max-age=60"} <= directives


@pytest.mark.parametrize("path", PUBLIC)
def test_the_public_pages_are_not_stored_when_a_signed_in_user_reads_them(client, comms_a, path):
    client.force_login(comms_a)
    directives = _directives(client.get(path))
    assert "no-store" in directives and "public" not in directives


def test_static_files_keep_their_own_caching_even_for_a_signed_in_user(client, comms_a):
    client.force_login(comms_a)
    response = client.get("/static/css/portal.css")
    assert response.status_code == 200
    assert "no-store" not in _directives(response)
