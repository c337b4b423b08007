"""The NHS-styled 403, 404 and 500 pages; a refused request is logged as one line (who, which
page) with no traceback."""

import logging

import pytest
from django.template.loader import render_to_string

REFUSED = "/media-desk/log/media/"  # an Administrator may not log media items


@pytest.mark.django_db
def test_a_refused_page_is_styled_and_says_what_to_do(client, admin_a):
    client.force_login(admin_a)
    response = client.get(REFUSED)
    page = response.content.decode()
    assert response.status_code == 403
    assert "<h1>You cannot use this page</h1>" in page
    assert "ask the portal's administrator" in page
    assert "nhsuk-header" in page and "nhsuk-frontend.min.css" in page
    assert 'href="/media-desk/"' in page  # the header's navigation: the page knows who asks


@pytest.mark.django_db
def test_a_refused_request_logs_one_line_without_a_traceback(client, admin_a, caplog):
    client.force_login(admin_a)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        client.get(REFUSED)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.name, r.getMessage()) for r in warnings] == [
        ("core.errors", f"Refused (403): GET {REFUSED} for user {admin_a.pk}")
    ]
    assert all(r.exc_info is None for r in caplog.records)


@pytest.mark.django_db
def test_an_anonymous_refusal_is_logged_as_anonymous(rf, caplog):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied

    from core.errors import permission_denied

    request = rf.get("/reporting/dashboard/")
    request.user = AnonymousUser()
    with caplog.at_level(logging.WARNING):
        response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert caplog.messages == ["Refused (403): GET /reporting/dashboard/ for anonymous"]


@pytest.mark.django_db
def test_a_wrong_address_shows_the_styled_not_found_page(client, comms_a):
    client.force_login(comms_a)
    response = client.get("/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "<title>Page not found – CCG Comms Portal</title>" in page
    assert "If you typed the web address, check it was correct." in page
    assert "nhsuk-header" in page


@pytest.mark.django_db
def test_another_ccgs_record_shows_the_styled_not_found_page(client, comms_a, comms_b, ccg_a):
    from media_desk.tests.factories import logged_enquiry

    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_b)
    response = client.get(f"/media-desk/{enquiry.pk}/")
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()


def test_the_500_page_is_styled_and_needs_no_database():
    # No django_db mark: any query here fails the test.
    page = render_to_string("500.html", {"service_name": "CCG Comms Portal"})
    assert "<h1>Sorry, something went wrong</h1>" in page
    assert "nhsuk-header" in page and "nhsuk-frontend.min.css" in page
