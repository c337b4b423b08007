"""FOI letters drafted from the decision through the item's page, kept as DOCX, listed on the case
and downloaded through the case's own scoped view (another CCG's user gets 404)."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from docx import Document

from core.tests.forms_read import post_once
from media_desk.models import FoiLetter, LetterKind, Outcome
from media_desk.services import foi_extension_record
from media_desk.tests.factories import (
    CitedExemptionFactory,
    FoiDecisionFactory,
    foi_request,
    london,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def foi(ccg_a, comms_a):
    return foi_request(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 11, 16, 10, 0))


def _draft(client, foi, kind: str):
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])
    url = reverse("media_desk:step", args=[foi.pk, "foi-letter"])
    token = "letter-submission_token"
    return post_once(client, url, {"letter-kind": kind}, page=detail, having=token)


def _text(response) -> str:
    body = b"".join(response.streaming_content)
    return "\n".join(p.text for p in Document(io.BytesIO(body)).paragraphs)


def _download(client, letter: FoiLetter):
    return client.get(reverse("media_desk:foi_letter", args=[letter.enquiry_id, letter.pk]))


def test_a_refusal_notice_carries_the_decision(client, comms_a, foi):
    decision = FoiDecisionFactory(
        enquiry=foi,
        outcome=Outcome.REFUSED,
        cost_estimate_hours=Decimal("24"),
        advice_and_assistance="Ask for one year's figures instead of five.",
    )
    CitedExemptionFactory(decision=decision)
    CitedExemptionFactory(decision=decision, section="40(2)")
    client.force_login(comms_a)

    response = _draft(client, foi, LetterKind.REFUSAL)

    assert response.status_code == 302
    letter = FoiLetter.objects.get(enquiry=foi)
    assert letter.kind == LetterKind.REFUSAL and letter.drafted_by == comms_a
    download = _download(client, letter)
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    text = _text(download)
    assert "refusal notice" in text
    assert "Alex Requester" in text and f"FOI-{foi.pk}" in text
    assert "Section 43, Commercial interests (qualified exemption)" in text
    assert "Section 40(2), Personal information of others (absolute exemption)" in text
    assert "Factors in favour of disclosure: Transparency in how public money is spent." in text
    assert "Factors in favour of withholding: Disclosure would harm the supplier's" in text
    assert "24.0 hours, costing £600" in text
    assert "Ask for one year's figures instead of five." in text
    assert "Your right to an internal review" in text
    assert "Information Commissioner's Office (ICO)" in text


def test_a_response_letter_for_information_provided_in_full(client, comms_a, foi):
    FoiDecisionFactory(enquiry=foi, outcome=Outcome.PROVIDED_FULL)
    client.force_login(comms_a)

    assert _draft(client, foi, LetterKind.RESPONSE).status_code == 302

    text = _text(_download(client, FoiLetter.objects.get(enquiry=foi)))
    assert "it is provided in full" in text
    assert "Exemptions applied" not in text
    assert "Your right to complain to the Information Commissioner" in text


def test_an_extension_letter_gives_both_dates(client, comms_a, foi):
    CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    foi_extension_record(enquiry=foi, told_at=london(2026, 11, 30, 16, 0))
    client.force_login(comms_a)

    assert _draft(client, foi, LetterKind.EXTENSION).status_code == 302

    text = _text(_download(client, FoiLetter.objects.get(enquiry=foi)))
    assert "Section 43, Commercial interests" in text
    assert "We were due to respond by 15 December 2026" in text
    assert "by 18 January 2027 (20 further working days)" in text


def test_letters_are_listed_on_the_case_and_the_timeline(client, comms_a, foi):
    FoiDecisionFactory(enquiry=foi, outcome=Outcome.NOT_HELD)
    client.force_login(comms_a)
    _draft(client, foi, LetterKind.RESPONSE)
    letter = FoiLetter.objects.get()

    page = client.get(reverse("media_desk:enquiry_detail", args=[foi.pk])).content.decode()

    assert reverse("media_desk:foi_letter", args=[foi.pk, letter.pk]) in page
    assert f"Response letter drafted by {comms_a}" in page
    assert "/media/" not in page


@pytest.mark.parametrize(
    ("outcome", "kind", "message"),
    [
        ("", LetterKind.RESPONSE, "Record the decision&#x27;s outcome first."),
        (Outcome.PROVIDED_FULL, LetterKind.REFUSAL, "A refusal notice is for information withheld"),
        (Outcome.REFUSED, LetterKind.EXTENSION, "Record the public interest extension first."),
    ],
)
def test_a_letter_the_decision_does_not_support_is_refused(
    client, comms_a, foi, outcome, kind, message
):
    FoiDecisionFactory(enquiry=foi, outcome=outcome)
    client.force_login(comms_a)

    response = _draft(client, foi, kind)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not FoiLetter.objects.exists()


def test_another_ccgs_user_cannot_download_or_draft(client, comms_a, comms_b, foi):
    FoiDecisionFactory(enquiry=foi, outcome=Outcome.NOT_HELD)
    client.force_login(comms_a)
    _draft(client, foi, LetterKind.RESPONSE)
    letter = FoiLetter.objects.get()
    client.force_login(comms_b)

    assert _download(client, letter).status_code == 404
    url = reverse("media_desk:step", args=[foi.pk, "foi-letter"])
    assert client.post(url, {"letter-kind": LetterKind.RESPONSE}).status_code == 404
    assert FoiLetter.objects.count() == 1


def test_a_letter_of_another_case_is_not_found_through_this_one(client, comms_a, ccg_a, foi):
    FoiDecisionFactory(enquiry=foi, outcome=Outcome.NOT_HELD)
    client.force_login(comms_a)
    _draft(client, foi, LetterKind.RESPONSE)
    other = foi_request(ccg=ccg_a, logged_by=comms_a)

    url = reverse("media_desk:foi_letter", args=[other.pk, FoiLetter.objects.get().pk])
    assert client.get(url).status_code == 404


def test_staff_who_cannot_see_the_desk_cannot_download(client, comms_a, staff_a, foi):
    FoiDecisionFactory(enquiry=foi, outcome=Outcome.NOT_HELD)
    client.force_login(comms_a)
    _draft(client, foi, LetterKind.RESPONSE)
    client.force_login(staff_a)

    assert _download(client, FoiLetter.objects.get()).status_code in (403, 404)
