"""The comms team records events: when and where, who came, equality monitoring in totals only,
and the register's contacts who came get the event in their interaction history."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from engagement import services
from engagement.models import EqualityCount, Event, EventAttendee
from stakeholders.models import Interaction
from stakeholders.tests.factories import ContactFactory, SegmentFactory

from .factories import EventFactory, FeedbackFactory, london

pytestmark = pytest.mark.django_db


def when(prefix: str, day: int, hour: int, minute: int = 0, month: int = 10) -> dict:
    return {
        f"{prefix}_day": str(day),
        f"{prefix}_month": str(month),
        f"{prefix}_year": "2026",
        f"{prefix}_time": f"{hour:02d}:{minute:02d}",
    }


def big_chat(**extra) -> dict:
    return {
        "title": "Big Chat: urgent care in Bootle",
        "kind": "big_chat",
        **when("starts_at", 14, 18),
        **when("ends_at", 14, 20),
        "venue": "Bootle Town Hall",
        "venue_capacity": "80",
        "accessibility": "Hearing loop, step-free access, BSL interpreter",
        "attendance": "64",
        **extra,
    }


def test_the_comms_team_records_a_big_chat_with_its_attendance(client, comms_a, ccg_a, bootle):
    young = SegmentFactory(ccg=ccg_a, name="Young people", kind="seldom_heard")
    client.force_login(comms_a)
    data = big_chat(locality=bootle.pk, seldom_heard_reached=[young.pk], target_segments=[young.pk])
    response = post_once(client, reverse("engagement:event_add"), data)
    event = Event.objects.get()
    assert response["Location"] == reverse("engagement:event_detail", args=[event.pk])
    assert (event.ccg, event.attendance, event.locality) == (ccg_a, 64, bootle)
    assert event.starts_at == london(2026, 10, 14, 18, 0)
    assert list(event.seldom_heard_reached.all()) == [young]
    page = client.get(response["Location"]).content.decode()
    assert "Big Chat: urgent care in Bootle" in page and "Young people" in page


def test_an_end_before_the_start_is_refused_and_the_input_kept(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = post_once(
        client, reverse("engagement:event_add"), big_chat(**when("ends_at", 14, 17))
    ).content.decode()
    assert "The end must be after the start." in body
    assert 'href="#id_ends_at_0"' in body  # the error summary links to the field
    assert 'value="Big Chat: urgent care in Bootle"' in body
    assert not Event.objects.exists()


def test_a_missing_start_or_end_is_named(client, comms_a, ccg_a):
    client.force_login(comms_a)
    data = {k: v for k, v in big_chat().items() if not k.startswith(("starts_at", "ends_at"))}
    body = client.post(reverse("engagement:event_add"), data).content.decode()
    assert "Enter the start date and time of the event" in body
    assert "Enter the end date and time of the event" in body
    assert "Enter a date and time" not in body and not Event.objects.exists()


def test_the_event_form_is_in_sections_the_essentials_first(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = client.get(reverse("engagement:event_add")).content.decode()
    legends = [
        part.split("</legend>", 1)[0].strip()
        for part in body.split('<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">')[
            1:
        ]
    ]
    assert legends == ["The event", "Where", "Who it is for", "After the event"]
    assert (
        body.index('name="title"') < body.index('name="ends_at_day"') < body.index('name="venue"')
    )
    assert body.index('name="venue"') < body.index('name="attendance"')


def test_the_feedback_form_puts_what_was_said_before_who_said_it(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = client.get(reverse("engagement:feedback_add")).content.decode()
    legends = [
        part.split("</legend>", 1)[0].strip()
        for part in body.split('<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">')[
            1:
        ]
    ]
    assert legends == ["The feedback", "Who gave it, if they told us"]
    assert body.index('name="text"') < body.index('name="contributor_name"')


def test_attendance_below_zero_is_refused(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = post_once(
        client, reverse("engagement:event_add"), big_chat(attendance="-3")
    ).content.decode()
    assert "Attendance cannot be below zero." in body
    assert not Event.objects.exists()


def test_attendance_above_the_venue_capacity_needs_confirming(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = post_once(
        client, reverse("engagement:event_add"), big_chat(attendance="95")
    ).content.decode()
    assert "Attendance of 95 is above the venue&#x27;s stated capacity of 80." in body
    assert 'value="95"' in body and not Event.objects.exists()
    post_once(
        client,
        reverse("engagement:event_add"),
        big_chat(attendance="95", attendance_confirmed="on"),
    )
    assert Event.objects.get().attendance == 95


def test_only_seldom_heard_groups_count_as_seldom_heard_reached(ccg_a, comms_a):
    audience = SegmentFactory(ccg=ccg_a, name="Carers", kind="audience")
    data = {
        "title": "Carers' focus group",
        "kind": "focus_group",
        "starts_at": london(2026, 10, 1, 10),
        "ends_at": london(2026, 10, 1, 12),
        "seldom_heard_reached": [audience],
    }
    with pytest.raises(ValidationError) as refused:
        services.event_create(ccg=ccg_a, data=data, by=comms_a)
    assert refused.value.message_dict == {
        "seldom_heard_reached": ["Choose seldom-heard groups only."]
    }


def test_equality_monitoring_keeps_totals_only(client, comms_a, ccg_a):
    event = EventFactory(ccg=ccg_a, attendance=40)
    client.force_login(comms_a)
    data = {"age__16_24": "12", "age__65_74": "20", "sex__female": "25", "sex__male": ""}
    response = client.post(reverse("engagement:event_equality", args=[event.pk]), data)
    assert response.status_code == 302
    stored = set(EqualityCount.objects.values_list("characteristic", "category", "count"))
    assert stored == {("age", "16_24", 12), ("age", "65_74", 20), ("sex", "female", 25)}
    page = client.get(reverse("engagement:event_detail", args=[event.pk])).content.decode()
    assert "65 to 74" in page


def test_equality_answers_cannot_count_more_people_than_came(client, comms_a, ccg_a):
    event = EventFactory(ccg=ccg_a, attendance=40)
    EqualityCount.objects.create(
        ccg=ccg_a, event=event, characteristic="age", category="16_24", count=3
    )
    client.force_login(comms_a)
    data = {"age__16_24": "30", "age__25_34": "20", "disability__disabled": "-2"}
    body = client.post(reverse("engagement:event_equality", args=[event.pk]), data).content.decode()
    assert "Age: the answers add up to 50, more than the 40 people who attended." in body
    assert "Disability, Disabled: the number cannot be below zero." in body
    assert 'value="30"' in body  # what was typed is kept
    assert EqualityCount.objects.get().count == 3  # and nothing was replaced


def test_equality_monitoring_waits_for_the_attendance(ccg_a):
    event = EventFactory(ccg=ccg_a, attendance=None)
    with pytest.raises(ValidationError, match="Record how many people attended first"):
        services.event_equality_record(event=event, counts={"sex": {"female": 3}})


def test_contacts_who_came_get_the_event_in_their_history_once(client, comms_a, ccg_a):
    event = EventFactory(ccg=ccg_a, attendance=30, title="Big Chat in Crosby")
    helen = ContactFactory(ccg=ccg_a, first_name="Helen", last_name="Marsh")
    client.force_login(comms_a)
    url = reverse("engagement:event_attendees", args=[event.pk]) + "?q=Marsh"
    assert "Helen Marsh" in client.get(url).content.decode()
    client.post(url, {"contacts": [helen.pk]})
    client.post(url, {"contacts": [helen.pk]})
    interaction = Interaction.objects.get(contact=helen)
    assert interaction.kind == "event" and "Big Chat in Crosby" in interaction.summary
    assert EventAttendee.objects.get().interaction == interaction


def test_people_cannot_be_added_before_the_event(ccg_a, comms_a):
    event = EventFactory(
        ccg=ccg_a, starts_at=london(2027, 6, 1, 18), ends_at=london(2027, 6, 1, 20)
    )
    with pytest.raises(ValidationError, match="once the event has started"):
        services.event_attendees_add(event=event, contacts=[ContactFactory(ccg=ccg_a)], by=comms_a)


def test_the_event_list_filters_exports_and_runs_few_queries(
    client, comms_a, ccg_a, bootle, django_assert_max_num_queries
):
    for n in range(30):
        EventFactory(ccg=ccg_a, locality=bootle, title=f"Mini Chat {n}", kind="mini_chat")
    EventFactory(ccg=ccg_a, title="Annual general meeting", kind="agm")
    client.force_login(comms_a)
    with django_assert_max_num_queries(12):
        body = client.get(reverse("engagement:event_list")).content.decode()
    assert "Mini Chat 29" in body
    body = client.get(reverse("engagement:event_list"), {"kind": "agm"}).content.decode()
    assert "Annual general meeting" in body and "Mini Chat 1" not in body
    export = b"".join(
        client.get(reverse("engagement:event_export", args=["csv"])).streaming_content
    )
    assert export.decode().count(",Mini Chat,") == 30
    xlsx = client.get(reverse("engagement:event_export", args=["xlsx"]))
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")


def test_another_ccgs_event_is_not_found_and_staff_see_no_events(client, comms_a, staff_a, ccg_b):
    theirs = EventFactory(ccg=ccg_b)
    client.force_login(comms_a)
    assert client.get(reverse("engagement:event_detail", args=[theirs.pk])).status_code == 404
    client.force_login(staff_a)
    assert client.get(reverse("engagement:event_list")).status_code == 403
    assert client.get(reverse("engagement:index")).status_code == 403


def test_an_event_page_runs_a_fixed_number_of_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    event = EventFactory(ccg=ccg_a, attendance=60)
    event.seldom_heard_reached.set(
        [SegmentFactory(ccg=ccg_a, kind="seldom_heard") for _ in range(5)]
    )
    services.event_equality_record(event=event, counts={"age": {"16_24": 5, "25_34": 7}})
    services.event_attendees_add(
        event=event, contacts=[ContactFactory(ccg=ccg_a) for _ in range(10)], by=comms_a
    )
    for n in range(10):
        FeedbackFactory(ccg=ccg_a, event=event, source="event", text=f"Said {n}")
    client.force_login(comms_a)
    with django_assert_max_num_queries(16):
        body = client.get(reverse("engagement:event_detail", args=[event.pk])).content.decode()
    assert "Said 9" in body and "16 to 24" in body
