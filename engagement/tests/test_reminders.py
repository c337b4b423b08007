"""Reminders: an overdue "we did" response (owner and comms lead), a consultation about to close
(owner) and a consultation report overdue (owner and lead), each exactly once."""

import datetime
import os
import threading

import pytest
from django.core import mail
from django.db import connection

from accounts.models import Notification
from accounts.tests.factories import member
from accounts.tests.outbox import delivered
from engagement import reminders, services
from engagement.models import Reminder
from working_time import LONDON

from .factories import FeedbackFactory, london, response_for

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: concurrency needs Postgres"
)
HEARD = datetime.date(2026, 10, 14)  # due Wed 11 Nov 2026, 17:00
AFTER_DUE = london(2026, 11, 12, 9, 0)


@pytest.fixture
def lead(ccg_a):
    lead = member(ccg=ccg_a, role="Comms team")
    ccg_a.comms_lead = lead
    ccg_a.save()
    return lead


def _notes(user) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("message", flat=True))


@pytest.mark.django_db
def test_an_overdue_response_reminds_its_owner_and_the_comms_lead_once(ccg_a, comms_a, lead):
    feedback = FeedbackFactory(ccg=ccg_a, received_on=HEARD)
    response = response_for(feedback=feedback, by=lead, owner=comms_a)
    assert reminders.reminders_send_due(now=london(2026, 11, 11, 16, 0)) == 0  # not yet due
    assert reminders.reminders_send_due(now=AFTER_DUE) == 1
    assert reminders.reminders_send_due(now=AFTER_DUE + datetime.timedelta(days=3)) == 0
    expected = f"'We did' response overdue: {response}"
    assert expected in _notes(comms_a) and expected in _notes(lead)
    assert len(delivered()) == 1 and sorted(mail.outbox[0].to) == sorted(
        [comms_a.email, lead.email]
    )


@pytest.mark.django_db
def test_a_finished_response_gets_no_reminder(ccg_a, comms_a, lead):
    response = response_for(feedback=FeedbackFactory(ccg=ccg_a, received_on=HEARD), by=comms_a)
    services.response_update(
        version=None, response=response, data={"status": "done", "we_did": "Done."}
    )
    assert reminders.reminders_send_due(now=AFTER_DUE) == 0


@pytest.mark.django_db
def test_consultations_remind_before_closing_and_when_the_report_is_late(ccg_a, comms_a, lead):
    consultation = services.consultation_create(
        ccg=ccg_a,
        data={
            "title": "Urgent care review",
            "summary": "Proposals.",
            "opens_on": datetime.date(2026, 6, 1),
            "closes_on": datetime.date(2026, 8, 24),
            "owner": comms_a,
        },
        by=lead,
    )
    week_before = london(2026, 8, 18, 9, 0)
    assert reminders.reminders_send_due(now=week_before) == 1
    assert reminders.reminders_send_due(now=week_before + datetime.timedelta(days=2)) == 0
    assert _notes(comms_a)[0].startswith("Consultation closes on 24 August 2026")
    assert not any("Consultation" in note for note in _notes(lead))  # closing: the owner only
    late = datetime.datetime.combine(
        consultation.report_due_on + datetime.timedelta(days=1), datetime.time(9), tzinfo=LONDON
    )
    assert reminders.reminders_send_due(now=late) == 1
    assert reminders.reminders_send_due(now=late + datetime.timedelta(days=5)) == 0
    assert f"Consultation report overdue: {consultation}" in _notes(lead)
    assert Reminder.objects.count() == 2


@pytest.mark.django_db
def test_a_moved_closing_date_rearms_the_closing_reminder(ccg_a, comms_a, lead):
    data = {
        "title": "Urgent care review",
        "summary": "Proposals.",
        "opens_on": datetime.date(2026, 6, 1),
        "closes_on": datetime.date(2026, 8, 24),
    }
    consultation = services.consultation_create(ccg=ccg_a, data=data, by=comms_a)
    reminders.reminders_send_due(now=london(2026, 8, 18, 9, 0))
    services.consultation_update(
        version=None, consultation=consultation, data={"closes_on": datetime.date(2026, 8, 31)}
    )
    assert reminders.reminders_send_due(now=london(2026, 8, 25, 9, 0)) == 1


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_two_jobs_at_once_send_each_reminder_once(ccg_a, comms_a, lead, celery_eager):
    for day in range(1, 16):
        feedback = FeedbackFactory(ccg=ccg_a, received_on=datetime.date(2026, 9, day))
        response_for(feedback=feedback, by=comms_a)
    barrier, totals = threading.Barrier(2), []

    def run():
        barrier.wait()
        totals.append(reminders.reminders_send_due(now=AFTER_DUE))
        connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sum(totals) == 15
    assert Reminder.objects.count() == 15 and len(mail.outbox) == 15


@pytest.mark.django_db
def test_beat_runs_both_engagement_jobs_under_their_lock(ccg_a, comms_a, lead):
    from ccgcomms.celery import app
    from ccgcomms.schedules import BEAT_SCHEDULE
    from core.jobs import job_last_finished
    from engagement import tasks

    ours = {"engagement.send_due_reminders", "engagement.report_jobs_sweep"}
    assert ours <= {entry["task"] for entry in BEAT_SCHEDULE.values()}
    assert ours <= set(app.tasks)
    assert tasks.send_due_reminders.apply().get() == 0
    assert tasks.report_jobs_sweep_task.apply().get() == 0
    assert job_last_finished(name=tasks.REMINDER_JOB) is not None


@pytest.mark.django_db
def test_one_run_drains_a_backlog_beyond_one_batch(ccg_a, comms_a, lead):
    for _ in range(7):  # after an outage: more due than one batch holds
        response_for(feedback=FeedbackFactory(ccg=ccg_a, received_on=HEARD), by=lead)
    assert reminders.reminders_send_due(now=AFTER_DUE, batch=3) == 7
    assert reminders.reminders_send_due(now=AFTER_DUE, batch=3) == 0
    assert Reminder.objects.count() == 7 and len(delivered()) == 7


@pytest.mark.django_db
def test_a_run_stops_at_its_time_budget_and_the_next_run_goes_on(ccg_a, comms_a, lead):
    response_for(feedback=FeedbackFactory(ccg=ccg_a, received_on=HEARD), by=lead)
    assert reminders.reminders_send_due(now=AFTER_DUE, budget_seconds=0) == 0
    assert reminders.reminders_send_due(now=AFTER_DUE) == 1


@pytest.mark.django_db
def test_reminders_sent_before_the_outbox_keep_their_key(ccg_a, comms_a, lead):
    import importlib

    from django.apps import apps

    from accounts.models import OutboxEmail

    response = response_for(feedback=FeedbackFactory(ccg=ccg_a, received_on=HEARD), by=comms_a)
    assert response.next_reminder_at is not None
    reminders.reminders_send_due(now=AFTER_DUE)
    reminder = Reminder.objects.get()
    OutboxEmail.objects.all().delete()  # as before the outbox existed
    migration = importlib.import_module("engagement.migrations.0004_reminder_notification_keys")
    migration.claim_keys(apps, None)
    assert list(OutboxEmail.objects.values_list("key", flat=True)) == [reminder.notification_key]
