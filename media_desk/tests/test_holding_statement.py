"""A media enquiry may start with a holding statement, by the same step as an MP letter's
holding reply; it has no deadline of its own and the timeline says it was sent."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from media_desk.models import Kind
from media_desk.selectors import enquiry_timeline
from media_desk.services import enquiry_send_holding_reply

from .factories import logged_enquiry, london
from .test_views import when

pytestmark = pytest.mark.django_db


def test_a_media_enquiry_records_a_holding_statement_without_a_deadline_of_its_own(ccg_a, comms_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    enquiry_send_holding_reply(
        enquiry=enquiry, text="We are looking into it.", at=london(2026, 11, 16, 10, 30)
    )
    enquiry.refresh_from_db()
    assert enquiry.holding_sent_at == london(2026, 11, 16, 10, 30)
    assert [d.name for d in enquiry.deadlines.all()] == ["response"]  # no holding deadline
    assert enquiry.deadlines.get().answered_at is None  # the response is still due


def test_an_foi_request_has_no_holding_step(ccg_a, comms_a):
    foi = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.FOI, requester_name="A Person")
    with pytest.raises(ValidationError) as refused:
        enquiry_send_holding_reply(enquiry=foi, text="Soon.")
    assert refused.value.message_dict == {
        "holding_reply": ["This kind of item has no holding reply."]
    }


def test_the_comms_team_records_a_holding_statement_and_the_timeline_shows_it(
    client, ccg_a, comms_a
):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    url = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    page = client.get(url).content.decode()
    assert "Holding statement (optional)" in page and "Record holding statement" in page
    response = post_once(
        client,
        reverse("media_desk:step", args=[enquiry.pk, "holding-reply"]),
        page=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        having="holding-holding_reply",
        data={
            "holding-holding_reply": "We are looking into it and will come back by 2pm.",
            **when("holding-holding_sent_at", london(2026, 11, 16, 10, 30)),
        },
        follow=True,
    )
    body = response.content.decode()
    assert "Holding statement recorded." in body
    assert "Record holding statement" not in body  # done once
    said = f"Holding statement sent by {comms_a}: We are looking into it and will come back by 2pm."
    assert said in body
    assert enquiry_timeline(enquiry=enquiry)[0].what == said


def test_an_empty_holding_statement_is_refused_naming_it(client, ccg_a, comms_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("media_desk:step", args=[enquiry.pk, "holding-reply"]),
        page=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        having="holding-holding_reply",
        data={"holding-holding_reply": ""},
    )
    assert response.status_code == 400
    assert "Enter the holding statement that was sent." in response.content.decode()


def test_an_mp_letter_keeps_its_holding_reply_wording(client, ccg_a, comms_a, mp_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.MP, requester_contact=mp_a)
    client.force_login(comms_a)
    page = client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk])).content.decode()
    assert "Record holding reply" in page and "Holding statement" not in page
