""" "You said": recording feedback, its contributor (personal data: audited, shown only to the
comms team, never exported), telling them what we did, and erasing them on request."""

import datetime

import pytest
from django.urls import reverse

from core.tests.forms_read import post_once
from engagement import services
from engagement.models import Feedback

from .factories import EventFactory, FeedbackFactory, ThemeFactory, response_for

pytestmark = pytest.mark.django_db


def heard(**extra) -> dict:
    return {
        "text": "Jane Doe says it takes three weeks to get a GP appointment.",
        "source": "survey",
        "received_on_day": "14",
        "received_on_month": "10",
        "received_on_year": "2026",
        "sentiment": "negative",
        **extra,
    }


def test_feedback_is_recorded_with_its_themes_and_contributor(client, comms_a, ccg_a):
    access = ThemeFactory(ccg=ccg_a, name="GP access")
    client.force_login(comms_a)
    data = heard(
        themes=[access.pk],
        contributor_name="Jane Doe",
        contributor_email="jane@example.org",
        wants_feedback="on",
    )
    response = post_once(client, reverse("engagement:feedback_add"), data)
    feedback = Feedback.objects.get()
    assert response["Location"] == reverse("engagement:feedback_detail", args=[feedback.pk])
    assert list(feedback.themes.all()) == [access]
    assert feedback.recorded_by == comms_a and feedback.wants_feedback
    assert feedback.history.get().history_user == comms_a  # personal data: audited


def test_feedback_from_an_event_starts_from_the_event(client, comms_a, ccg_a):
    event = EventFactory(ccg=ccg_a)
    client.force_login(comms_a)
    page = client.get(reverse("engagement:feedback_add"), {"event": event.pk}).content.decode()
    assert f'<option value="{event.pk}" selected>' in page
    data = heard(source="event", event=event.pk, another="1")
    response = post_once(client, reverse("engagement:feedback_add") + f"?event={event.pk}", data)
    assert response["Location"] == reverse("engagement:feedback_add") + f"?event={event.pk}"
    assert Feedback.objects.get().event == event


@pytest.mark.parametrize(
    "extra, field, message",
    [
        ({"wants_feedback": "on"}, "contributor_email", "Enter an e-mail address or phone number"),
        ({"source": "event"}, "event", "Choose the event where this was said."),
        ({"received_on_year": "2099"}, "received_on", "The date heard cannot be in the future."),
        ({"received_on_month": "13"}, "received_on", "Date must be a real date"),
    ],
)
def test_bad_feedback_is_refused_naming_the_field(client, comms_a, ccg_a, extra, field, message):
    client.force_login(comms_a)
    body = post_once(client, reverse("engagement:feedback_add"), heard(**extra)).content.decode()
    assert message in body and f'href="#id_{field}' in body
    assert "three weeks to get a GP appointment" in body  # nothing typed is lost
    assert not Feedback.objects.exists()


def test_only_those_who_asked_are_told_and_it_is_recorded(client, comms_a, ccg_a):
    asked = FeedbackFactory(ccg=ccg_a, contributor_email="a@example.org", wants_feedback=True)
    response_for(feedback=asked, by=comms_a, we_did="We opened evening clinics.")
    client.force_login(comms_a)
    url = reverse("engagement:feedback_inform", args=[asked.pk])
    data = {
        "fed_back_on_day": "2",
        "fed_back_on_month": "11",
        "fed_back_on_year": "2026",
        "fed_back_how": "E-mail",
    }
    assert client.post(url, data).status_code == 302
    asked.refresh_from_db()
    assert asked.fed_back_on == datetime.date(2026, 11, 2) and asked.fed_back_by == comms_a
    not_asked = FeedbackFactory(ccg=ccg_a)
    response_for(feedback=not_asked, by=comms_a)
    body = client.post(reverse("engagement:feedback_inform", args=[not_asked.pk]), data)
    assert "This person did not ask to be told what we did." in body.content.decode()


def test_erasing_a_contributor_keeps_what_they_said_and_clears_the_history(ccg_a, comms_a):
    feedback = services.feedback_record(
        ccg=ccg_a,
        data={
            "text": "The bus to the hospital stops at 6pm.",
            "source": "healthwatch",
            "received_on": datetime.date(2026, 9, 1),
            "contributor_name": "Sam Jones",
            "contributor_email": "sam@example.org",
            "wants_feedback": True,
        },
        by=comms_a,
    )
    services.feedback_contributor_erase(feedback=feedback)
    feedback.refresh_from_db()
    assert feedback.text == "The bus to the hospital stops at 6pm."
    assert not feedback.has_contributor and feedback.contributor_erased_at
    names = feedback.history.values_list("contributor_name", "contributor_email")
    assert set(names) == {("", "")}


def test_the_governing_body_reads_feedback_without_who_gave_it(client, governor_a, comms_a, ccg_a):
    feedback = FeedbackFactory(
        ccg=ccg_a, contributor_name="Jane Doe", contributor_email="jane@example.org"
    )
    client.force_login(governor_a)
    body = client.get(reverse("engagement:feedback_detail", args=[feedback.pk])).content.decode()
    assert "three weeks" in body
    assert "Jane Doe" not in body and "jane@example.org" not in body
    assert client.get(reverse("engagement:feedback_edit", args=[feedback.pk])).status_code == 403
    client.force_login(comms_a)
    body = client.get(reverse("engagement:feedback_detail", args=[feedback.pk])).content.decode()
    assert "Jane Doe" in body and "jane@example.org" in body


def test_the_export_carries_no_contributor_details(client, comms_a, ccg_a):
    FeedbackFactory(ccg=ccg_a, contributor_name="Jane Doe", contributor_email="jane@example.org")
    client.force_login(comms_a)
    export = client.get(reverse("engagement:feedback_export", args=["csv"]))
    content = b"".join(export.streaming_content).decode()
    assert "three weeks" in content and "Jane" not in content and "jane@" not in content


def test_the_feedback_list_filters_and_runs_few_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    access, travel = (
        ThemeFactory(ccg=ccg_a, name="GP access"),
        ThemeFactory(ccg=ccg_a, name="Travel"),
    )
    for n in range(25):
        item = FeedbackFactory(ccg=ccg_a, text=f"Comment {n} about appointments")
        item.themes.set([access])
    FeedbackFactory(ccg=ccg_a, text="The car park is full").themes.set([travel])
    client.force_login(comms_a)
    with django_assert_max_num_queries(12):
        body = client.get(reverse("engagement:feedback_list")).content.decode()
    assert "Comment 24 about appointments" in body
    body = client.get(reverse("engagement:feedback_list"), {"theme": travel.pk}).content.decode()
    assert "The car park is full" in body and "Comment 3 about" not in body
