"""Correction and rebuttal requests on coverage: asked for, followed to an outcome, listed while
open; bad dates refused on their field with nothing lost; another CCG's kept out."""

import datetime

import pytest
from django.urls import reverse

from core.tests.forms_read import form_data, post_once
from media_desk.models import CorrectionOutcome, CorrectionRequest

from .factories import CorrectionRequestFactory, CoverageFactory

pytestmark = pytest.mark.django_db

LIST = reverse("media_desk:corrections")
PUBLISHED = datetime.date(2026, 11, 3)


def _date(name: str, day: datetime.date) -> dict:
    return {f"{name}_day": day.day, f"{name}_month": day.month, f"{name}_year": day.year}


def _ask(**overrides) -> dict:
    return {
        "what_is_wrong": "It says the walk-in centre closes.",
        "correction_asked": "Say that it moves to the urgent treatment centre.",
        "requested_of": "News editor, Northern Echo",
        **_date("requested_on", PUBLISHED + datetime.timedelta(days=1)),
        **overrides,
    }


def _add(coverage) -> str:
    return reverse("media_desk:correction_add", args=[coverage.pk])


def _edit(request) -> str:
    return reverse("media_desk:correction_edit", args=[request.pk])


def test_the_comms_team_asks_for_a_correction_and_sees_it_on_the_coverage(client, comms_a, ccg_a):
    coverage = CoverageFactory(ccg=ccg_a, published_on=PUBLISHED)
    client.force_login(comms_a)

    response = post_once(client, _add(coverage), _ask())

    detail = reverse("media_desk:coverage_detail", args=[coverage.pk])
    assert response.status_code == 302 and response["Location"] == detail
    request = CorrectionRequest.objects.get()
    assert (request.ccg, request.requested_by, request.outcome) == (ccg_a, comms_a, "pending")
    page = client.get(detail).content.decode()
    assert "News editor, Northern Echo" in page and "Pending" in page


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            _date("requested_on", PUBLISHED - datetime.timedelta(days=1)),
            "The date requested cannot be before the coverage was published.",
        ),
        (_date("requested_on", datetime.date(2099, 1, 1)), "cannot be in the future"),
        ({"requested_of": ""}, "Enter who the correction was asked of"),
        ({"what_is_wrong": ""}, "Enter what is wrong in the coverage"),
    ],
)
def test_a_bad_request_is_refused_on_its_field_keeping_what_was_typed(
    client, comms_a, ccg_a, overrides, message
):
    coverage = CoverageFactory(ccg=ccg_a, published_on=PUBLISHED)
    client.force_login(comms_a)

    response = post_once(client, _add(coverage), _ask(**overrides))

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert form_data(html, having="correction_asked")["correction_asked"] == [
        "Say that it moves to the urgent treatment centre."
    ]
    assert not CorrectionRequest.objects.exists()


def _follow_up(client, request, **changes):
    opened = form_data(client.get(_edit(request)).content.decode(), having="version")
    return client.post(_edit(request), {**opened, **changes})


def test_a_request_is_followed_to_its_outcome_and_leaves_the_open_list(client, comms_a, ccg_a):
    request = CorrectionRequestFactory(coverage=CoverageFactory(ccg=ccg_a, published_on=PUBLISHED))
    client.force_login(comms_a)
    assert "News editor" in client.get(LIST).content.decode()

    response = _follow_up(
        client,
        request,
        outcome=CorrectionOutcome.CLARIFICATION,
        outcome_note="A clarification ran on page 2.",
        **_date("outcome_on", PUBLISHED + datetime.timedelta(days=5)),
    )

    html = response.content.decode()
    assert response.status_code == 302, html[html.find("error-summary") :][:800]
    request.refresh_from_db()
    assert request.outcome == "clarification"
    assert request.outcome_on == PUBLISHED + datetime.timedelta(days=5)
    assert "News editor" not in client.get(LIST).content.decode()
    assert "News editor" in client.get(LIST, {"show": "all"}).content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"outcome": "corrected", **_date("outcome_on", PUBLISHED)},
            "The date of the outcome cannot be before the date requested.",
        ),
        ({"outcome": "declined"}, "Enter the date of the outcome"),
        (
            {"outcome": "pending", **_date("outcome_on", PUBLISHED + datetime.timedelta(days=4))},
            "leave its date empty while pending",
        ),
    ],
)
def test_a_bad_outcome_is_refused_on_its_field_keeping_the_note(
    client, comms_a, ccg_a, changes, message
):
    request = CorrectionRequestFactory(coverage=CoverageFactory(ccg=ccg_a, published_on=PUBLISHED))
    client.force_login(comms_a)

    response = _follow_up(client, request, outcome_note="Rang the editor twice.", **changes)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Rang the editor twice." in html
    request.refresh_from_db()
    assert (request.outcome, request.outcome_note) == ("pending", "")


def test_another_ccgs_requests_are_walled_off(client, comms_b, ccg_a):
    coverage = CoverageFactory(ccg=ccg_a, published_on=PUBLISHED)
    request = CorrectionRequestFactory(coverage=coverage, requested_of="Editor of the Echo")
    client.force_login(comms_b)

    assert "Editor of the Echo" not in client.get(LIST).content.decode()
    assert client.get(_edit(request)).status_code == 404
    assert client.get(_add(coverage)).status_code == 404
    assert client.post(_add(coverage), _ask()).status_code == 404
    detail = reverse("media_desk:coverage_detail", args=[coverage.pk])
    assert client.get(detail).status_code == 404
    assert CorrectionRequest.objects.count() == 1


def test_the_governing_body_reads_coverage_but_not_the_requests(client, ccg_a):
    from accounts.tests.factories import member

    board = member(ccg=ccg_a, role="Governing body")
    coverage = CoverageFactory(ccg=ccg_a, published_on=PUBLISHED)
    CorrectionRequestFactory(coverage=coverage, requested_of="Editor of the Echo")
    client.force_login(board)

    page = client.get(reverse("media_desk:coverage_detail", args=[coverage.pk])).content.decode()

    assert coverage.headline in page and "Editor of the Echo" not in page
    assert client.get(LIST).status_code == 403
    assert client.get(_add(coverage)).status_code == 403


def test_the_open_list_reads_in_bounded_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    for _ in range(12):
        CorrectionRequestFactory(coverage=CoverageFactory(ccg=ccg_a))
    client.force_login(comms_a)

    with django_assert_max_num_queries(12):
        page = client.get(LIST).content.decode()

    assert page.count("News editor") == 12
