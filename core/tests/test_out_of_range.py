"""Numbers from the URL that no database column can hold (a 20-digit page or id) are a 404 or
an ignored filter, never a 500. A 20-digit `?page=` on the public page used to reach Postgres as
OFFSET and fail with "bigint out of range"."""

import pytest
from django.db import transaction
from django.test import Client

from engagement.tests.factories import FeedbackFactory, ThemeFactory, published_response

from .urlsweep import sample_value, url_patterns

pytestmark = pytest.mark.django_db

BIG = "9" * 20  # beyond bigint (19 digits)
LISTS = [
    "/you-said-we-did/",
    "/stakeholders/contacts/",
    "/stakeholders/organisations/",
    "/media-desk/",
    "/media-desk/spokespeople/",
    "/engagement/responses/",
    "/notifications/",
]
DETAILS = [
    f"/you-said-we-did/{BIG}/",
    f"/you-said-we-did/consultations/{BIG}/",
    f"/stakeholders/contacts/{BIG}/",
    f"/stakeholders/lists/{BIG}/export.csv",
    f"/media-desk/{BIG}/",
    f"/media-desk/spokespeople/{BIG}/",
    f"/engagement/events/{BIG}/",
    f"/engagement/annual-report/{BIG}/2025/",
    f"/engagement/annual-report/1/{BIG}/",
]
# Filters whose value is an id (or a year) in some list's query string.
ID_FILTERS = {
    "/you-said-we-did/": ["ccg", "theme"],
    "/you-said-we-did/feed.json": ["ccg", "theme"],
    "/stakeholders/contacts/": ["segment", "locality", "distribution_list"],
    "/stakeholders/organisations/": ["locality"],
    "/stakeholders/retention/": ["years"],
    "/media-desk/": ["owner", "mp"],
    "/engagement/feedback/": ["theme", "year"],
    "/engagement/events/": ["year"],
    "/engagement/reach/": ["year"],
    "/engagement/annual-report/": ["ccg", "year"],
}


@pytest.fixture
def signed_in(client, comms_a):
    client.force_login(comms_a)
    return client


@pytest.fixture
def one_published_item(ccg_a, comms_a):
    feedback = FeedbackFactory(ccg=ccg_a)
    feedback.themes.set([ThemeFactory(ccg=ccg_a)])
    return published_response(feedback=feedback, by=comms_a)


def test_the_public_page_answers_404_to_a_20_digit_page(client, one_published_item):
    assert client.get(f"/you-said-we-did/?page={BIG}").status_code == 404


def test_the_public_page_answers_404_after_its_last_page(client, one_published_item):
    assert client.get("/you-said-we-did/?page=1").status_code == 200
    assert client.get("/you-said-we-did/?page=2").status_code == 404


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("page", [BIG, f"-{BIG}", "0", "2", "x", "9" * 5000, "\u0663"])
def test_a_page_number_that_names_no_page_is_404(signed_in, one_published_item, path, page):
    # "2": one page only; 5000 digits: past Python's int() limit; U+0663: an Arabic-Indic 3.
    assert signed_in.get(path, {"page": page}).status_code == 404


@pytest.mark.parametrize("path", LISTS)
def test_the_first_page_and_no_page_still_show_the_list(signed_in, path):
    assert signed_in.get(path).status_code == 200
    assert signed_in.get(path, {"page": "1"}).status_code == 200


@pytest.mark.parametrize("path", DETAILS)
def test_a_20_digit_id_in_the_path_is_404(signed_in, path):
    assert signed_in.get(path).status_code == 404


@pytest.mark.parametrize("path, names", ID_FILTERS.items())
def test_a_20_digit_id_in_a_filter_is_ignored(signed_in, one_published_item, path, names):
    response = signed_in.get(path, dict.fromkeys(names, BIG))
    assert response.status_code in (200, 302)  # the annual report index redirects when valid


def test_a_20_digit_event_for_new_feedback_is_404(signed_in):
    assert signed_in.get("/engagement/feedback/add/", {"event": BIG}).status_code == 404


def _big_ids(name: str, converter) -> str:
    known = {"fmt": "csv", "kind": "media", "register": "spokespeople", "step": "assign"}
    value = known.get(name) or sample_value(name, converter)
    return BIG if value == "1" else value


def test_no_page_answers_500_to_20_digit_ids_pages_or_filters(comms_a, one_published_item):
    """Every URL pattern, admin included, with each number in its path and query string 20
    digits long, as a signed-in comms officer who is also a superuser (so the admin answers)."""
    comms_a.is_superuser = True
    comms_a.save()
    client = Client(raise_request_exception=False)
    client.force_login(comms_a)
    filters = {name: BIG for names in ID_FILTERS.values() for name in names}
    failures = []
    for pattern in url_patterns():
        path = pattern.sample(_big_ids)
        for query in ({}, {"page": BIG, "p": BIG}, filters):
            # A failed query aborts Postgres's transaction: undo it so the next request runs.
            savepoint = transaction.savepoint()
            response = client.get(path, query)
            transaction.savepoint_rollback(savepoint)
            if response.status_code >= 500:
                failures.append(f"{path}?{'&'.join(query)}: {response.exc_info[1]!r}")
    assert failures == []
