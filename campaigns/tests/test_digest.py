"""The weekly digest: one per comms officer per week, in the portal and by e-mail, never twice."""

import datetime

import pytest
from django.urls import reverse

from accounts.models import Notification, OutboxEmail
from accounts.tests.factories import member
from campaigns import services
from campaigns.tests.factories import ActionItemFactory, AwarenessDayFactory, ContentItemFactory
from ccgcomms.schedules import BEAT_SCHEDULE

pytestmark = pytest.mark.django_db
MONDAY = datetime.date(2026, 12, 14)
# The submission in `week` also tells the approver at once; these tests count digests only.
DIGESTS = {"message__startswith": "Your campaign week"}
DIGEST_EMAILS = {"key__startswith": "campaigns.weekly-digest:"}


@pytest.fixture
def week(ccg_a, comms_a):
    approver = member(ccg=ccg_a, role="Comms team")
    item = ContentItemFactory(ccg=ccg_a, title="Flu jab reel")
    services.content_submit_for_approval(item=item, approver=approver)
    ActionItemFactory(ccg=ccg_a, owner=approver, title="Book pharmacy posters", target_date=MONDAY)
    ActionItemFactory(  # Thursday is the 3rd working day after Monday; Friday is the 4th
        ccg=ccg_a, owner=approver, title="Print leaflets", target_date=datetime.date(2026, 12, 18)
    )
    AwarenessDayFactory(ccg=ccg_a, name="Self Care Week", starts_on=datetime.date(2026, 12, 21))
    AwarenessDayFactory(ccg=ccg_a, name="Too far", starts_on=datetime.date(2027, 1, 4))
    return approver


def test_each_comms_officer_gets_one_digest_and_a_rerun_sends_nothing(week, comms_a, ccg_a):
    assert services.weekly_digests_send(today=MONDAY) == 2  # comms_a: the awareness day only
    assert services.weekly_digests_send(today=MONDAY) == 0
    assert services.weekly_digests_send(today=MONDAY + datetime.timedelta(days=3)) == 0

    assert Notification.objects.filter(user=week, **DIGESTS).count() == 1
    digests = OutboxEmail.objects.filter(**DIGEST_EMAILS)
    assert digests.count() == 2
    body = next(o.body for o in digests if o.recipients == [week.email])
    assert body.startswith(
        "Your campaign week: 1 to approve, 1 actions due within 3 working days, "
        "1 awareness days in the next two weeks."
    )
    assert "- Flu jab reel (Facebook, NHS Alpha CCG)" in body
    assert "- Book pharmacy posters, due 14 Dec 2026" in body
    assert "Print leaflets" not in body
    assert "- Self Care Week, 21 Dec 2026" in body and "Too far" not in body
    assert body.endswith(reverse("campaigns:my_week"))


def test_next_week_brings_a_new_digest(week):
    services.weekly_digests_send(today=MONDAY)
    assert services.weekly_digests_send(today=MONDAY + datetime.timedelta(days=7)) >= 1
    assert Notification.objects.filter(user=week, **DIGESTS).count() == 2


def test_people_without_the_comms_role_or_anything_to_say_get_nothing(ccg_a, governor_a, comms_a):
    assert services.weekly_digests_send(today=MONDAY) == 0
    assert Notification.objects.count() == 0


def test_the_digest_runs_every_monday_morning():
    entry = BEAT_SCHEDULE["campaigns-weekly-digest"]
    assert entry["task"] == "campaigns.send_weekly_digest"
    assert entry["schedule"].day_of_week == {1}
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({7}, {30})


def test_the_task_runs_the_digest_under_the_job_lock(week, ccg_a, monkeypatch):
    from django.utils import timezone

    from campaigns.tasks import send_weekly_digest

    monkeypatch.setattr(timezone, "localdate", lambda: MONDAY)
    assert send_weekly_digest() == 2
    assert send_weekly_digest() == 0


def test_my_week_shows_the_digests_lists(client, week, django_assert_max_num_queries):
    client.force_login(week)
    with django_assert_max_num_queries(15):
        html = client.get(reverse("campaigns:my_week")).content.decode()
    assert "Flu jab reel" in html
