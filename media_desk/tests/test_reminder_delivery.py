"""How a reminder's e-mail leaves: only after the reminder's commit, by the worker. The fault
that once sent it twice: the COMMIT fails (refused, or the connection ends) after the e-mail."""

import datetime
import os
import threading

import pytest
from django.core import mail
from django.db import DatabaseError, connection
from django.urls import reverse

from accounts.models import Notification, OutboxEmail
from accounts.tests.outbox import delivered
from media_desk import reminders
from media_desk.models.deadlines import Reminder

from .factories import logged_enquiry, london

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: the fault needs Postgres"
)
RECEIVED = london(2026, 11, 16, 10, 0)  # media enquiry: due 14:00, due soon from 13:00
DUE_SOON_AT = london(2026, 11, 16, 13, 30)

# A trigger that runs at COMMIT (deferred) on the reminder's own row, the first time only (a
# sequence is not rolled back with the transaction), and makes that COMMIT fail.
FAULTS = {
    "commit refused": "RAISE EXCEPTION 'commit refused';",
    "connection ended": "PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5);",
}


@pytest.fixture
def failing_commit(request):
    action = FAULTS[request.param]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            CREATE SEQUENCE test_fail_commit_once;
            CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('test_fail_commit_once') = 1 THEN {action} END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON media_desk_reminder
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit();
            """
        )
    yield
    connection.close()  # the fault may have ended this thread's connection too
    with connection.cursor() as cursor:
        cursor.execute(
            "DROP TRIGGER test_fail_commit ON media_desk_reminder;"
            "DROP FUNCTION test_fail_commit(); DROP SEQUENCE test_fail_commit_once;"
        )


def _worker_poll(now) -> object:
    """One reminder poll as the worker runs it: its own thread and database connection."""
    outcome = []

    def run():
        try:
            outcome.append(reminders.reminders_send_due(now=now))
        except DatabaseError as error:
            outcome.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return outcome[0]


@needs_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failing_commit", list(FAULTS), indirect=True)
def test_a_failed_commit_sends_no_email_and_the_next_poll_sends_one(
    failing_commit, ccg_a, comms_a, lead, celery_eager
):
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)
    assert isinstance(_worker_poll(DUE_SOON_AT), DatabaseError)
    assert mail.outbox == []  # nothing was handed to the mail backend
    assert not Reminder.objects.exists() and not Notification.objects.exists()
    assert _worker_poll(DUE_SOON_AT) == 1
    assert [m.to for m in mail.outbox] == [[comms_a.email]]
    assert Notification.objects.count() == 1
    assert _worker_poll(DUE_SOON_AT + datetime.timedelta(minutes=2)) == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_reminder_links_are_reversed_and_use_the_configured_site_url(
    ccg_a, comms_a, lead, settings
):
    settings.SITE_URL = "http://127.0.0.1:8765"  # as `make run PORT=8765` sets it
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)
    reminders.reminders_send_due(now=DUE_SOON_AT)
    path = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    assert Notification.objects.get().link == path
    assert delivered()[0].body.endswith(f"\n\nhttp://127.0.0.1:8765{path}")


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_reminder_email_after_its_commit(lead, reminder_worker):
    # The reminder job queues outbox_send on its commit; the same worker then sends it.
    reminder_worker(lambda: OutboxEmail.objects.filter(sent_at__isnull=False).exists())
    assert [m.to for m in mail.outbox] == [[lead.email]]  # no owner: the lead
    assert Notification.objects.filter(user=lead).count() == 1


@pytest.mark.django_db
def test_reminders_sent_before_the_outbox_keep_their_key_so_they_never_go_again(
    ccg_a, comms_a, lead
):
    import importlib

    from django.apps import apps

    logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=RECEIVED, owner=comms_a)
    reminders.reminders_send_due(now=DUE_SOON_AT)
    reminder = Reminder.objects.get()
    OutboxEmail.objects.all().delete()  # as before the outbox existed
    migration = importlib.import_module("media_desk.migrations.0003_reminder_notification_keys")
    migration.claim_keys(apps, None)
    assert list(OutboxEmail.objects.values_list("key", flat=True)) == [reminder.notification_key]
