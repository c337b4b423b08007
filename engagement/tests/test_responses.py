""" "We did": each feedback item or theme gets a response due N working days after the feedback
(the media desk's working-time engine, the CCG's calendar), and a publish step that copies it
to the public page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import Notification
from accounts.tests.factories import member
from core.tests.forms_read import post_once
from engagement import services
from engagement.models import EngagementPolicy, Response

from .factories import FeedbackFactory, ThemeFactory, london, published_response, response_for

pytestmark = pytest.mark.django_db


def test_a_response_is_due_20_working_days_after_the_feedback(ccg_a, comms_a):
    # Heard Mon 21 Dec 2026: Christmas, the Boxing Day substitute (28 Dec) and New Year's Day
    # are not working days, so day 20 is Thu 21 Jan 2027, due by close of business.
    feedback = FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 12, 21))
    response = response_for(feedback=feedback, by=comms_a)
    assert response.due_at == london(2027, 1, 21, 17, 0)
    assert response.working_days == 20 and response.heard_on == feedback.received_on
    assert any("Fri 25 Dec 2026" in line for line in response.due_explanation)


def test_the_ccgs_policy_sets_the_number_of_working_days(ccg_a, comms_a):
    EngagementPolicy.objects.create(ccg=ccg_a, response_working_days=5)
    feedback = FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 10, 14))  # a Wednesday
    assert response_for(feedback=feedback, by=comms_a).due_at == london(2026, 10, 21, 17, 0)


def test_a_theme_response_counts_from_the_latest_feedback_on_the_theme(ccg_a, comms_a):
    theme = ThemeFactory(ccg=ccg_a, name="Transport")
    for day in (1, 8):
        FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 10, day)).themes.add(theme)
    response = response_for(theme=theme, by=comms_a, you_said="Buses to the hospital stop early.")
    assert response.heard_on == datetime.date(2026, 10, 8) and response.feedback is None


def test_responding_through_the_page_notifies_a_new_owner(client, comms_a, ccg_a):
    colleague = member(ccg=ccg_a, role="Comms team")
    feedback = FeedbackFactory(ccg=ccg_a)
    client.force_login(comms_a)
    page = client.get(reverse("engagement:response_add_for_feedback", args=[feedback.pk]))
    assert "three weeks to get a GP appointment" in page.content.decode()  # you said, pre-filled
    data = {
        "you_said": "GP appointments take too long.",
        "status": "planned",
        "owner": colleague.pk,
    }
    response = post_once(
        client, reverse("engagement:response_add_for_feedback", args=[feedback.pk]), data
    )
    created = Response.objects.get()
    assert response["Location"] == reverse("engagement:response_detail", args=[created.pk])
    assert Notification.objects.filter(user=colleague).count() == 1
    detail = client.get(response["Location"]).content.decode()
    assert "How the due date was worked out" in detail


def test_publishing_with_no_text_is_refused_and_nothing_is_lost(client, comms_a, ccg_a):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a, status="in_progress")
    client.force_login(comms_a)
    page = client.post(reverse("engagement:response_publish", args=[response.pk]))
    body = page.content.decode()
    assert page.status_code == 400
    assert "Write what we did, or will do, before publishing" in body
    assert 'href="#id_we_did"' in body  # the error summary links to the empty field
    assert "Booking a GP appointment takes too long." in body  # what was saved is shown
    response.refresh_from_db()
    assert not response.is_published and response.status == "in_progress"


def test_not_possible_needs_a_reason(ccg_a, comms_a):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a)
    with pytest.raises(ValidationError) as refused:
        services.response_update(version=None, response=response, data={"status": "not_possible"})
    assert "not_possible_reason" in refused.value.message_dict


def test_the_contributors_name_cannot_be_published(ccg_a, comms_a):
    feedback = FeedbackFactory(ccg=ccg_a, contributor_name="Jane Doe")
    response = response_for(
        feedback=feedback, by=comms_a, you_said="Jane Doe waited three weeks.", we_did="More slots."
    )
    with pytest.raises(ValidationError, match="includes 'Jane Doe'"):
        services.response_publish(response=response, by=comms_a)


def test_publishing_copies_the_text_and_later_edits_stay_private(ccg_a, comms_a):
    response = published_response(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a)
    assert response.published_we_did.startswith("We funded evening")
    services.response_update(
        version=None, response=response, data={"we_did": "Draft: not agreed yet."}
    )
    response.refresh_from_db()
    assert response.has_unpublished_changes
    assert response.published_we_did.startswith("We funded evening")
    services.response_unpublish(response=response)
    assert response.published_we_did == "" and not response.is_published


def test_closing_a_response_stops_its_reminder_and_reopening_rearms_it(ccg_a, comms_a):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a)
    assert response.next_reminder_at == response.due_at
    services.response_update(
        version=None, response=response, data={"status": "done", "we_did": "Done it."}
    )
    assert response.next_reminder_at is None and response.completed_at
    services.response_update(version=None, response=response, data={"status": "in_progress"})
    assert response.next_reminder_at == response.due_at and response.completed_at is None


def test_the_tracker_shows_what_is_overdue(client, comms_a, ccg_a, django_assert_max_num_queries):
    for day in range(1, 21):
        response_for(
            feedback=FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 9, day)), by=comms_a
        )
    response_for(
        feedback=FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 11, 20)), by=comms_a
    )
    client.force_login(comms_a)
    with django_assert_max_num_queries(10):
        body = client.get(
            reverse("engagement:response_list"), {"state": "overdue"}
        ).content.decode()
    assert body.count('nhsuk-tag--red">Overdue<') == 20


def test_a_governing_body_member_reads_responses_but_cannot_publish(
    client, governor_a, comms_a, ccg_a
):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a, we_did="Clinics.")
    client.force_login(governor_a)
    assert client.get(reverse("engagement:response_detail", args=[response.pk])).status_code == 200
    assert (
        client.post(reverse("engagement:response_publish", args=[response.pk])).status_code == 403
    )


def test_the_tracker_exports_what_it_shows(client, comms_a, ccg_a):
    response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a, we_did="=HYPERLINK(1)")
    client.force_login(comms_a)
    export = client.get(reverse("engagement:response_export", args=["csv"]), {"state": "open"})
    content = b"".join(export.streaming_content).decode()
    assert "Booking a GP appointment takes too long." in content
    assert "'=HYPERLINK(1)" in content  # a formula is defused
    xlsx = client.get(reverse("engagement:response_export", args=["xlsx"]))
    assert xlsx.content.startswith(b"PK")
