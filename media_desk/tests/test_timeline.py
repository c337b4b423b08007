"""The timeline tells what happened in plain words, one sentence per step, never field names."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory, member
from media_desk import services
from media_desk.models import Kind
from media_desk.presenters import history
from media_desk.selectors import enquiry_timeline

from .factories import SpokespersonFactory, logged_enquiry, london

pytestmark = pytest.mark.django_db

RECEIVED = london(2026, 11, 16, 10, 0)


@pytest.fixture
def ann(ccg_a):
    user = UserFactory(full_name="Ann Jones")
    return member(ccg=ccg_a, role="Comms team", user=user)


@pytest.fixture
def bob(ccg_a):
    return member(ccg=ccg_a, role="Comms team", user=UserFactory(full_name="Bob Patel"))


def story(enquiry) -> list[str]:
    """Oldest first, as it happened."""
    return [entry.what for entry in reversed(enquiry_timeline(enquiry=enquiry))]


def item(ccg, by, **fields):
    enquiry = logged_enquiry(ccg=ccg, logged_by=by, received_at=RECEIVED, **fields)
    enquiry._history_user = by  # each step below is done by them
    return enquiry


def test_logging_says_who_logged_it(ccg_a, ann):
    assert story(item(ccg_a, ann)) == ["Logged by Ann Jones"]


def test_assigning_says_to_whom_and_taking_it_on_says_so(ccg_a, ann, bob):
    enquiry = item(ccg_a, ann)
    speaker = SpokespersonFactory(ccg=ccg_a, name="Dr A Smith")
    services.enquiry_assign(enquiry=enquiry, owner=bob, spokesperson=speaker)
    services.enquiry_assign(enquiry=enquiry, owner=ann, spokesperson=speaker)
    services.enquiry_assign(enquiry=enquiry, owner=None, spokesperson=None)
    assert story(enquiry)[1:] == [
        "Assigned to Bob Patel by Ann Jones",
        "Spokesperson: Dr A Smith",
        "Ann Jones took it on",
        "Unassigned by Ann Jones",
        "Spokesperson removed by Ann Jones",
    ]


def test_the_holding_reply_sign_off_and_response_are_told(ccg_a, ann, mp_a):
    enquiry = item(ccg_a, ann, kind=Kind.MP, requester_contact=mp_a)
    services.enquiry_send_holding_reply(
        enquiry=enquiry, text="We are looking into it.", at=london(2026, 11, 16, 11, 0)
    )
    services.enquiry_sign_off(enquiry=enquiry, signed_off_by="Dr A Smith", response="Our answer.")
    services.enquiry_respond(enquiry=enquiry, response="Our answer.")
    assert story(enquiry)[1:] == [
        "Holding reply sent by Ann Jones: We are looking into it.",
        "Signed off by Dr A Smith",
        "Response sent by Ann Jones",
    ]


def test_closing_gives_the_note_or_who_closed_it(ccg_a, ann):
    with_note = item(ccg_a, ann)
    services.enquiry_close(enquiry=with_note, note="duplicate of #12")
    without = item(ccg_a, ann)
    services.enquiry_close(enquiry=without)
    assert story(with_note)[-1] == "Closed: duplicate of #12"
    assert story(without)[-1] == "Closed by Ann Jones"


def test_each_foi_step_is_told_with_what_it_does_to_the_clock(ccg_a, ann):
    foi = item(ccg_a, ann, kind=Kind.FOI, requester_name="Sam Lee")
    services.foi_clarification_request(enquiry=foi, at=london(2026, 11, 17, 10, 0))
    services.foi_clarification_receive(enquiry=foi, at=london(2026, 11, 18, 10, 0))
    services.foi_fees_notice_send(enquiry=foi, at=london(2026, 11, 19, 10, 0))
    services.foi_fee_receive(enquiry=foi, at=london(2026, 11, 20, 10, 0))
    services.enquiry_sign_off(enquiry=foi, signed_off_by="Head of Governance", response="Data.")
    services.enquiry_respond(enquiry=foi, response="Data.", at=london(2026, 11, 23, 10, 0))
    services.foi_review_request(enquiry=foi, at=london(2026, 11, 24, 10, 0))
    services.foi_review_extend(enquiry=foi)
    services.foi_review_complete(enquiry=foi, at=london(2026, 11, 25, 10, 0))
    assert story(foi)[1:] == [
        "Clarification asked for: the clock stops",
        "Clarification received: the clock starts again",
        "Fees notice sent: the clock is paused",
        "Fee received: the clock runs again",
        "Signed off by Head of Governance",
        "Response sent by Ann Jones",
        "Internal review requested",
        "Internal review extended to 40 working days",
        "Internal review completed",
    ]


def test_edited_details_are_named_as_the_page_names_them(ccg_a, ann):
    enquiry = item(ccg_a, ann)
    data = {
        "subject": "A new subject",
        "requester_deadline": london(2026, 11, 16, 16, 0),
        "requester_phone": "0191 496 0000",
    }
    services.enquiry_update(enquiry=enquiry, data=data, version=None)
    assert story(enquiry)[-1] == (
        "Details edited by Ann Jones: how to reply, their deadline, what it is about"
    )


def test_a_referral_is_told_on_both_items(ccg_a, ann):
    media = item(ccg_a, ann)
    foi = services.enquiry_refer_to_foi(enquiry=media, by=ann)
    media.refresh_from_db()
    assert story(media) == [
        "Logged by Ann Jones",
        f"Referred as FOI request #{foi.pk} by Ann Jones",
    ]
    assert story(foi) == [f"Logged by Ann Jones, referred from media enquiry #{media.pk}"]


def test_no_sentence_names_a_field(ccg_a, ann):
    enquiry = item(ccg_a, ann)
    services.enquiry_sign_off(enquiry=enquiry, signed_off_by="Dr A Smith", response="Answer.")
    services.enquiry_close(enquiry=enquiry, note="answered")
    fields = {f.name for f in enquiry._meta.concrete_fields} | {"signed off at", "closed at"}
    for sentence in story(enquiry):
        assert not any(name in sentence for name in fields if "_" in name or " " in name)
    assert set(history.DETAILS) <= {f.name for f in enquiry._meta.concrete_fields}


def test_the_page_shows_the_timeline_in_a_few_queries(
    client, ccg_a, ann, bob, django_assert_max_num_queries
):
    enquiry = item(ccg_a, ann)
    for owner in (bob, ann, bob, ann):
        services.enquiry_assign(enquiry=enquiry, owner=owner)
    client.force_login(ann)
    with django_assert_max_num_queries(40):
        page = client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk]))
    assert "Assigned to Bob Patel by Ann Jones" in page.content.decode()
