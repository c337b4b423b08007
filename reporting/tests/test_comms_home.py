"""The comms team's home: my work and the team's unassigned work, across the media desk,
"we did" responses due and consultations closing. Taking an item yourself tells nobody; closing
an item marks its notifications done."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import Notification
from accounts.selectors import scope_for_user
from accounts.tests.factories import member
from core.tests.forms_read import post_once
from engagement import services as engagement
from engagement.tests.factories import FeedbackFactory, response_for
from media_desk.services import enquiry_assign, enquiry_close
from media_desk.tests.factories import logged_enquiry
from reporting.work import WORK_SOURCES, work_lists

pytestmark = pytest.mark.django_db


def _consultation(ccg, by, title, **fields):
    today = timezone.localdate()
    data = {
        "title": title,
        "summary": "Two urgent treatment centres instead of three walk-in centres.",
        "opens_on": today - datetime.timedelta(weeks=10),
        "closes_on": today + datetime.timedelta(weeks=2),
        **fields,
    }
    return engagement.consultation_create(ccg=ccg, data=data, by=by)


@pytest.fixture
def work(ccg_a, comms_a):
    colleague = member(ccg=ccg_a, role="Comms team")
    mine = logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="My enquiry", owner=comms_a)
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Nobody's enquiry")
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Colleague's enquiry", owner=colleague)
    closed = logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Closed one", owner=comms_a)
    enquiry_close(enquiry=closed)
    feedback = [FeedbackFactory(ccg=ccg_a) for _ in range(3)]
    response_for(feedback=feedback[0], by=comms_a, you_said="My response", owner=comms_a)
    response_for(feedback=feedback[1], by=comms_a, you_said="Nobody's response")
    response_for(feedback=feedback[2], by=comms_a, you_said="Colleague's response", owner=colleague)
    _consultation(ccg_a, comms_a, "My consultation", owner=comms_a)
    _consultation(ccg_a, comms_a, "Nobody's consultation")
    _consultation(
        ccg_a,
        comms_a,
        "Consultation closing next year",
        closes_on=timezone.localdate() + datetime.timedelta(weeks=12),
    )
    return {"mine": mine, "colleague": colleague}


def test_my_work_and_the_teams_unassigned_work_are_listed_apart(comms_a, work):
    lists = work_lists(scope=scope_for_user(user=comms_a), user=comms_a, now=timezone.now())
    assert sorted(item.title for item in lists["mine"]) == [
        "My consultation",
        "My enquiry",
        "My response",
    ]
    assert sorted(item.title for item in lists["unassigned"]) == [
        "Nobody's consultation",
        "Nobody's enquiry",
        "Nobody's response",
    ]


def test_each_list_is_the_soonest_due_first(comms_a, work):
    lists = work_lists(scope=scope_for_user(user=comms_a), user=comms_a, now=timezone.now())
    # The response was due in November (feedback of 14 Oct), the enquiry on 16 Nov, and the
    # consultation closes in two weeks.
    assert [item.title for item in lists["mine"]] == [
        "My response",
        "My enquiry",
        "My consultation",
    ]


def test_another_ccgs_work_is_not_listed(ccg_b, comms_b, comms_a, work):
    lists = work_lists(scope=scope_for_user(user=comms_b), user=comms_b, now=timezone.now())
    assert lists == {"mine": [], "unassigned": []}


def test_the_home_page_shows_both_lists_in_bounded_queries(
    client, comms_a, work, django_assert_max_num_queries
):
    client.force_login(comms_a)
    # 6 for the page itself (session, user, two-factor, memberships, notifications count...)
    # and at most 2 per source and list.
    with django_assert_max_num_queries(6 + 2 * 2 * len(WORK_SOURCES)):
        body = client.get("/").content.decode()
    mine, unassigned = body.split("<h2>Assigned to you</h2>")[1].split(
        "<h2>Unassigned: the team's</h2>"
    )
    assert "My enquiry" in mine and "My response" in mine and "My consultation" in mine
    assert "Nobody&#x27;s" not in mine
    assert "Nobody&#x27;s enquiry" in unassigned and "Nobody&#x27;s response" in unassigned
    assert "Nobody&#x27;s consultation" in unassigned and "My " not in unassigned
    assert "Colleague" not in body and "Closed one" not in body


def test_taking_an_item_yourself_does_not_notify_you(ccg_a, comms_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    enquiry_assign(enquiry=enquiry, owner=comms_a, by=comms_a)
    assert Notification.objects.count() == 0
    colleague = member(ccg=ccg_a, role="Comms team")
    enquiry_assign(enquiry=enquiry, owner=colleague, by=comms_a)
    assert list(Notification.objects.values_list("user", flat=True)) == [colleague.pk]


def test_taking_an_item_yourself_on_its_page_does_not_notify_you(client, ccg_a, comms_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    post_once(
        client,
        reverse("media_desk:step", args=[enquiry.pk, "assign"]),
        {"assign-owner": comms_a.pk},
        page=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        having="assign-owner",
    )
    enquiry.refresh_from_db()
    assert enquiry.owner == comms_a and Notification.objects.count() == 0


def test_taking_a_response_yourself_does_not_notify_you(ccg_a, comms_a):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a)
    engagement.response_update(response=response, data={"owner": comms_a}, version=None, by=comms_a)
    assert Notification.objects.count() == 0


def test_closing_an_item_marks_its_notifications_done(ccg_a, comms_a):
    colleague = member(ccg=ccg_a, role="Comms team")
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    other = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    enquiry_assign(enquiry=enquiry, owner=colleague, by=comms_a)
    enquiry_assign(enquiry=other, owner=colleague, by=comms_a)
    enquiry_close(enquiry=enquiry, note="Duplicate")
    unread = Notification.objects.filter(read_at__isnull=True)
    assert [n.link for n in unread] == [reverse("media_desk:enquiry_detail", args=[other.pk])]


def test_a_response_done_marks_its_notifications_done(ccg_a, comms_a):
    colleague = member(ccg=ccg_a, role="Comms team")
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a, owner=colleague)
    assert Notification.objects.filter(read_at__isnull=True).count() == 1
    engagement.response_update(
        response=response, data={"status": "done", "we_did": "Done it."}, version=None
    )
    assert Notification.objects.filter(read_at__isnull=True).count() == 0


def test_content_to_approve_and_my_actions_are_my_work_not_the_teams(ccg_a, comms_a):
    from campaigns.models import ContentStatus
    from campaigns.tests.factories import ActionItemFactory, ContentItemFactory

    ContentItemFactory(
        ccg=ccg_a, title="Flu post", status=ContentStatus.AWAITING_APPROVAL, approver=comms_a
    )
    ContentItemFactory(ccg=ccg_a, title="Draft post")  # nobody asked to approve it
    ActionItemFactory(
        ccg=ccg_a, owner=comms_a, title="Book the radio slot", target_date=datetime.date(2020, 1, 6)
    )
    ActionItemFactory(ccg=ccg_a, owner=comms_a, title="Done already", status="done")
    lists = work_lists(scope=scope_for_user(user=comms_a), user=comms_a, now=timezone.now())
    mine = {item.title: (item.kind, item.tag) for item in lists["mine"]}
    assert mine == {
        "Flu post": ("Content to approve (Facebook)", ""),
        "Book the radio slot": ("Action", "Overdue"),
    }
    assert lists["unassigned"] == []
