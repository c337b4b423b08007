"""Meetings: recorded by the comms team, the public ones listed on the public pages."""

import datetime
import uuid

from django.urls import reverse
from django.utils import timezone

from campaigns.models import Meeting

from .factories import MeetingFactory


def _soon(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def test_the_public_page_lists_upcoming_public_meetings_only(client, ccg_a, ccg_b):
    MeetingFactory(
        ccg=ccg_a,
        title="Governing body in public",
        starts_at=_soon(10),
        papers_link="https://example.nhs.uk/papers.pdf",
    )
    MeetingFactory(ccg=ccg_b, title="Beta AGM", kind="agm", starts_at=_soon(20))
    MeetingFactory(
        ccg=ccg_a, title="Private committee", kind="committee", is_public=False, starts_at=_soon(5)
    )
    MeetingFactory(ccg=ccg_a, title="Last year's AGM", kind="agm", starts_at=_soon(-300))
    response = client.get(reverse("public_engagement:meetings"))  # no login
    body = response.content.decode()
    assert response.status_code == 200
    assert [m.title for m in response.context["meetings"]] == [
        "Governing body in public",
        "Beta AGM",
    ]
    assert "Papers for Governing body in public" in body
    assert "Private committee" not in body


def test_a_comms_officer_adds_a_meeting_that_needs_a_place_or_a_link(client, comms_a, ccg_a):
    client.force_login(comms_a)
    url = reverse("campaigns:meeting_add")
    data = {
        "kind": "ppg_network",
        "title": "PPG network, north",
        "starts_at_day": "3",
        "starts_at_month": "2",
        "starts_at_year": "2027",
        "starts_at_time": "18:30",
        "submission_token": str(uuid.uuid4()),
    }
    refused = client.post(url, data)
    assert refused.context["form"].errors["place"] == [
        "Enter where the meeting is, or a link to join it online."
    ]
    assert (
        client.post(url, {**data, "online_link": "https://teams.example.org/ppg"}).status_code
        == 302
    )
    meeting = Meeting.objects.get()
    assert (meeting.ccg, meeting.title, meeting.online_link) == (
        ccg_a,
        "PPG network, north",
        "https://teams.example.org/ppg",
    )


def test_another_ccgs_meeting_cannot_be_edited(client, comms_a, ccg_b):
    theirs = MeetingFactory(ccg=ccg_b)
    client.force_login(comms_a)
    assert client.get(reverse("campaigns:meeting_edit", args=[theirs.pk])).status_code == 404


def test_the_meeting_list_shows_the_users_ccgs_only(
    client, comms_a, ccg_a, ccg_b, django_assert_max_num_queries
):
    for n in range(5):
        MeetingFactory(ccg=ccg_a, title=f"Alpha meeting {n}", starts_at=_soon(n + 1))
    MeetingFactory(ccg=ccg_b, title="Beta meeting", starts_at=_soon(2))
    client.force_login(comms_a)
    client.get(reverse("campaigns:meeting_list"))
    with django_assert_max_num_queries(12):
        body = client.get(reverse("campaigns:meeting_list")).content.decode()
    assert "Alpha meeting 4" in body and "Beta meeting" not in body
