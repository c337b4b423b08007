"""Reminders go out once per deadline and kind, whatever the job does; a moved deadline re-arms."""

import datetime
import os
import threading

import pytest
from django.core import mail
from django.db import connection

from accounts.models import Notification
from accounts.tests.outbox import delivered
from media_desk import reminders
from media_desk.models.deadlines import Reminder
from media_desk.services import enquiry_respond, enquiry_sign_off, enquiry_update

from .factories import logged_enquiry, london

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: concurrency needs Postgres"
)
RECEIVED = london(2026, 11, 16, 10, 0)  # media enquiry: due 14:00, due soon from 13:00
DUE_SOON_AT = london(2026, 11, 16, 13, 30)
OVERDUE_AT = london(2026, 11, 16, 14, 30)


@pytest.fixture
def enquiry(ccg_a, comms_a, lead):
    return logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)


def _notes(user) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("message", flat=True))


@pytest.mark.django_db
def test_due_soon_goes_to_the_owner_only(enquiry, comms_a, lead):
    assert reminders.reminders_send_due(now=DUE_SOON_AT) == 1
    assert _notes(comms_a) == [f"Full response due soon: {enquiry}"]
    assert _notes(lead) == []
    assert [m.to for m in delivered()] == [[comms_a.email]]


@pytest.mark.django_db
def test_overdue_goes_to_the_owner_and_the_comms_lead(enquiry, comms_a, lead):
    reminders.reminders_send_due(now=DUE_SOON_AT)
    assert reminders.reminders_send_due(now=OVERDUE_AT) == 1
    assert _notes(lead) == [f"Full response overdue: {enquiry}"]
    assert sorted(delivered()[-1].to) == sorted([comms_a.email, lead.email])


@pytest.mark.django_db
def test_running_the_job_again_sends_nothing_new(enquiry, comms_a):
    reminders.reminders_send_due(now=DUE_SOON_AT)
    reminders.reminders_send_due(now=DUE_SOON_AT)
    reminders.reminders_send_due(now=OVERDUE_AT)
    reminders.reminders_send_due(now=OVERDUE_AT + datetime.timedelta(hours=5))
    assert Reminder.objects.count() == 2 and len(delivered()) == 2


@pytest.mark.django_db
def test_an_answered_deadline_gets_no_reminder(enquiry):
    enquiry_sign_off(enquiry=enquiry, signed_off_by="Chief Officer", response="Our statement.")
    enquiry_respond(enquiry=enquiry, response="Our statement.", at=london(2026, 11, 16, 12, 0))
    assert reminders.reminders_send_due(now=OVERDUE_AT) == 0


@pytest.mark.django_db
def test_a_moved_deadline_re_arms_its_reminders(enquiry, comms_a):
    reminders.reminders_send_due(now=DUE_SOON_AT)
    reminders.reminders_send_due(now=OVERDUE_AT)
    sooner = london(2026, 11, 16, 11, 0)  # a new due instant
    enquiry_update(enquiry=enquiry, data={"requester_deadline": sooner}, version=None)
    assert reminders.reminders_send_due(now=OVERDUE_AT) == 1
    assert Reminder.objects.filter(due_at=london(2026, 11, 16, 11, 0), kind="overdue").exists()


@pytest.mark.django_db
def test_without_an_owner_the_comms_lead_is_reminded(ccg_a, comms_a, lead):
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED)
    reminders.reminders_send_due(now=DUE_SOON_AT)
    assert len(_notes(lead)) == 1


@pytest.mark.django_db
def test_the_job_reads_only_deadlines_whose_reminder_is_due(
    ccg_a, comms_a, lead, django_assert_max_num_queries
):
    for day in range(5):  # far-off deadlines the job must not even load
        logged_enquiry(
            ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED + datetime.timedelta(days=day + 2)
        )
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED)
    assert len(reminders.deadlines_needing_reminders(now=DUE_SOON_AT)) == 1


@pytest.mark.django_db
def test_a_worker_that_dies_mid_run_loses_only_the_reminder_it_was_on(
    ccg_a, comms_a, lead, monkeypatch
):
    for minute in range(3):
        logged_enquiry(
            ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED + datetime.timedelta(minutes=minute)
        )
    real_send, calls = reminders.notification_send_once, []

    def dying_send(**kwargs):
        calls.append(kwargs["key"])
        sent = real_send(**kwargs)
        if len(calls) == 2:
            raise SystemExit("worker killed")  # after writing, before the commit
        return sent

    monkeypatch.setattr(reminders, "notification_send_once", dying_send)
    with pytest.raises(SystemExit):
        reminders.reminders_send_due(now=DUE_SOON_AT)
    assert Reminder.objects.filter(sent_at__isnull=False).count() == 1  # the second rolled back
    assert len(delivered()) == 1
    monkeypatch.setattr(reminders, "notification_send_once", real_send)
    assert reminders.reminders_send_due(now=DUE_SOON_AT) == 2
    assert Reminder.objects.count() == 3 and len(delivered()) == 3


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_two_jobs_at_once_send_each_reminder_once(ccg_a, comms_a, lead, celery_eager):
    for minute in range(20):
        logged_enquiry(
            ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED + datetime.timedelta(minutes=minute)
        )
    barrier, totals = threading.Barrier(2), []

    def run():
        barrier.wait()
        totals.append(reminders.reminders_send_due(now=DUE_SOON_AT))
        connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sum(totals) == 20
    assert Reminder.objects.count() == 20 and len(mail.outbox) == 20
    assert Notification.objects.filter(user=lead).count() == 20  # no owner: the lead


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_on_redis_sends_the_reminders(lead, reminder_worker):
    reminder_worker(lambda: Reminder.objects.filter(sent_at__isnull=False).exists())
    assert _notes(lead) and Reminder.objects.get().kind == "due_soon"  # no owner: the lead


@pytest.mark.django_db
def test_one_run_drains_a_backlog_beyond_one_batch(ccg_a, comms_a, lead):
    for _ in range(12):  # after an outage: more due than one batch holds
        logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)
    assert reminders.reminders_send_due(now=OVERDUE_AT, batch=5) == 12
    assert reminders.reminders_send_due(now=OVERDUE_AT, batch=5) == 0
    assert Reminder.objects.count() == 12 and len(delivered()) == 12


@pytest.mark.django_db
def test_a_run_stops_at_its_time_budget_and_the_next_run_goes_on(ccg_a, comms_a, lead):
    for _ in range(3):
        logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)
    assert reminders.reminders_send_due(now=OVERDUE_AT, budget_seconds=0) == 0
    assert reminders.reminders_send_due(now=OVERDUE_AT) == 3
