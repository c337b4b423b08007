"""The public FOI disclosure log: no login, published and not withdrawn entries only, filtered
by CCG and date range in the query string, paginated, an Atom feed with the same filters, and
the attachment of a live entry only. The requester's name and e-mail address never appear."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from core.tests.forms_read import post_once
from media_desk import services

from .factories import DisclosureLogEntryFactory, london, responded_foi

pytestmark = pytest.mark.django_db

NAME, EMAIL = "Priya Whistleton", "priya.whistleton@example.org"
INDEX = reverse("public_disclosure:index")
ATOM = reverse("public_disclosure:atom")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def published(client, ccg_a, comms_a):
    """Published through the staff page, from an FOI request whose requester is named."""
    foi = responded_foi(
        ccg=ccg_a,
        by=comms_a,
        subject="Waiting times for autism assessments",
        requester_name=NAME,
        requester_email=EMAIL,
        requester_phone="07700 900123",
        details=f"From {NAME}: how long is the wait?",
    )
    client.force_login(comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])
    post_once(
        client,
        reverse("media_desk:disclosure_publish", args=[foi.pk]),
        {
            "disclosure-title": foi.subject,
            "disclosure-request_summary": foi.subject,
            "disclosure-response_text": "The median wait is 41 weeks.",
            "disclosure-outcome": "full",
            "disclosure-redactions_confirmed": "on",
        },
        page=detail,
        having="disclosure-title",
    )
    client.logout()
    return foi.disclosure


def _entry(pk):
    return reverse("public_disclosure:entry", args=[pk])


def test_anyone_reads_the_log_and_an_entry_without_signing_in(client, published):
    page = client.get(INDEX)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Waiting times for autism assessments" in body and "NHS Alpha CCG" in body
    entry = client.get(_entry(published.pk)).content.decode()
    assert "The median wait is 41 weeks." in entry
    assert "Information provided in full" in entry
    assert "Log out" not in body  # the public layout: no staff navigation


def test_the_requester_never_appears_in_the_pages_or_the_feed(client, published):
    texts = [
        client.get(INDEX).content.decode(),
        client.get(_entry(published.pk)).content.decode(),
        client.get(ATOM).content.decode(),
        client.get(f"{ATOM}?ccg=A01").content.decode(),
    ]
    for text in texts:
        assert NAME not in text and EMAIL not in text and "07700 900123" not in text
        assert "how long is the wait" not in text  # the request as logged is never published


def test_a_withdrawn_entry_leaves_the_list_the_page_the_feed_and_its_attachment(client, ccg_a):
    entry = DisclosureLogEntryFactory(ccg=ccg_a, title="Car parking income")
    entry.attachment.save("parking.csv", ContentFile(b"year,income\n2025,1000\n"))
    download = reverse("public_disclosure:attachment", args=[entry.pk])
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"year,income\n2025,1000\n"
    assert "attachment" in response["Content-Disposition"]
    services.disclosure_withdraw(entry=entry)
    assert "Car parking income" not in client.get(INDEX).content.decode()
    assert "Car parking income" not in client.get(ATOM).content.decode()
    assert client.get(_entry(entry.pk)).status_code == 404
    assert client.get(download).status_code == 404


def test_an_entry_without_an_attachment_has_no_download(client, ccg_a):
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    assert client.get(reverse("public_disclosure:attachment", args=[entry.pk])).status_code == 404
    assert "Download" not in client.get(_entry(entry.pk)).content.decode()


@pytest.fixture
def two_ccgs(ccg_a, ccg_b):
    DisclosureLogEntryFactory(
        ccg=ccg_a, title="Alpha in October", published_at=london(2026, 10, 5, 9)
    )
    DisclosureLogEntryFactory(
        ccg=ccg_a, title="Alpha in November", published_at=london(2026, 11, 5, 9)
    )
    DisclosureLogEntryFactory(
        ccg=ccg_b, title="Beta in November", published_at=london(2026, 11, 6, 9)
    )


def _titles(html: str) -> set[str]:
    return {t for t in ("Alpha in October", "Alpha in November", "Beta in November") if t in html}


def test_filters_by_ccg_and_published_date_range(client, two_ccgs):
    assert _titles(client.get(f"{INDEX}?ccg=A01").content.decode()) == {
        "Alpha in October",
        "Alpha in November",
    }
    november = "published_from_day=1&published_from_month=11&published_from_year=2026"
    november += "&published_to_day=30&published_to_month=11&published_to_year=2026"
    assert _titles(client.get(f"{INDEX}?{november}").content.decode()) == {
        "Alpha in November",
        "Beta in November",
    }
    both = client.get(f"{INDEX}?ccg=B01&{november}").content.decode()
    assert _titles(both) == {"Beta in November"}
    assert _titles(client.get(f"{ATOM}?ccg=A01&{november}").content.decode()) == {
        "Alpha in November"
    }


def test_the_last_day_of_the_range_is_included_in_uk_time(client, ccg_a):
    DisclosureLogEntryFactory(
        ccg=ccg_a, title="Late on the 5th", published_at=london(2026, 11, 5, 23, 30)
    )
    day = "published_to_day=5&published_to_month=11&published_to_year=2026"
    assert "Late on the 5th" in client.get(f"{INDEX}?{day}").content.decode()


def test_a_bad_date_says_so_and_lists_everything(client, two_ccgs):
    body = client.get(
        f"{INDEX}?published_from_day=31&published_from_month=2&published_from_year=2026"
    )
    html = body.content.decode()
    assert body.status_code == 200
    assert "nhsuk-error-message" in html
    assert len(_titles(html)) == 3


def test_the_list_is_paginated_and_a_page_past_the_end_is_a_404(client, ccg_a):
    start = timezone.now() - datetime.timedelta(days=30)
    for n in range(23):
        DisclosureLogEntryFactory(ccg=ccg_a, published_at=start + datetime.timedelta(hours=n))
    first = client.get(INDEX).content.decode()
    assert "23 responses" in first and "Page 1 of 2" in first
    assert "page=2" in first
    assert "Page 2 of 2" in client.get(f"{INDEX}?page=2").content.decode()
    assert client.get(f"{INDEX}?page=3").status_code == 404


def test_the_public_pages_and_feed_run_a_fixed_number_of_queries(
    client, ccg_a, django_assert_max_num_queries
):
    for _ in range(5):
        DisclosureLogEntryFactory(ccg=ccg_a)
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    for url in (INDEX, f"{INDEX}?ccg=A01", ATOM, _entry(entry.pk)):
        with django_assert_max_num_queries(4):
            assert client.get(url).status_code == 200
