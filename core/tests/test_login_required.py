"""Logged in by default: LoginRequiredMiddleware sends an anonymous visitor of any page to the
login page, unless the page's view is marked `login_not_required`. The sweep requests every URL
pattern of the project as an anonymous visitor; only the short list below may answer."""

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import include, path

from .urlsweep import url_patterns

pytestmark = pytest.mark.django_db

# The only pages an anonymous visitor may see. Static files are served before the URLconf
# (runserver's handler, WhiteNoise in production), so they are not patterns; see the last test.
ANONYMOUS_ALLOWED = {
    "healthz",
    "public_engagement:index",
    "public_engagement:item",
    "public_engagement:atom",
    "public_engagement:json",
    "public_engagement:consultations",
    "public_engagement:consultation",
    "public_engagement:meetings",
    "public_disclosure:index",
    "public_disclosure:entry",
    "public_disclosure:attachment",
    "public_disclosure:atom",
    # The private iCalendar feed: its secret token is the key (an unknown one is a 404).
    "campaigns:calendar_feed",
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "admin:login",
}
LOGIN_PAGES = ("/login/?next=", "/admin/login/?next=")


def _refused(response) -> bool:
    """Sent to a login page, or a page that does not exist or takes no such method."""
    if response.status_code in (404, 405):
        return True
    return response.status_code == 302 and response["Location"].startswith(LOGIN_PAGES)


def test_every_page_but_the_public_ones_sends_an_anonymous_visitor_to_log_in():
    client = Client(raise_request_exception=False)
    patterns = list(url_patterns())
    answered = []
    for pattern in patterns:
        if pattern.name in ANONYMOUS_ALLOWED:
            continue
        url = pattern.sample()
        for method in (client.get, client.post):
            response = method(url)
            if not _refused(response):
                answered.append(f"{method.__name__.upper()} {url} ({pattern.name}): {response}")
    assert answered == []
    # The sweep covers the whole URLconf, admin included (257 patterns when this was written).
    assert len(patterns) > 250
    assert sum(p.route.startswith("admin/") for p in patterns) > 100


def test_the_allowed_list_names_real_pages_that_answer_without_a_login():
    client = Client()
    by_name = {p.name: p for p in url_patterns()}
    assert by_name.keys() >= ANONYMOUS_ALLOWED
    for name in ANONYMOUS_ALLOWED - {"logout"}:  # logging out is a POST
        response = client.get(by_name[name].sample())
        assert not _refused(response) or response.status_code == 404, name  # 404: no item 1
    assert client.post("/logout/")["Location"] == "/login/"


def undecorated(request):
    return HttpResponse("a page whose author forgot @login_required")


urlpatterns = [path("forgot/", undecorated), path("", include("ccgcomms.urls"))]


@pytest.mark.urls(__name__)
def test_a_new_page_needs_a_login_even_without_a_decorator(client, comms_a):
    response = client.get("/forgot/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/forgot/"
    client.force_login(comms_a)
    assert client.get("/forgot/").status_code == 200


def test_static_files_need_no_login(client):
    # WhiteNoise answers them ahead of the middleware that asks for a login.
    response = client.get("/static/css/portal.css")
    assert response.status_code == 200
    assert b"portal-phase-banner" in b"".join(response.streaming_content)
