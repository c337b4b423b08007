"""The one notification path: in-app notifications exactly once, the e-mail at least once and
only after commit, sent by the worker from the outbox (or by the sweep when the task never ran)."""

import os
import smtplib
import threading
import time

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection, transaction

from accounts.models import Notification, OutboxEmail
from accounts.notifications import (
    MAX_ATTEMPTS,
    OutboxSendFailed,
    notification_send_once,
    outbox_email_send,
    outbox_emails_send_unsent,
)
from accounts.tasks import OUTBOX_SWEEP_JOB, outbox_send, outbox_sweep
from accounts.tests.factories import member

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: concurrency needs Postgres"
)
HOLD = threading.Event()
HELD = threading.Event()


class HoldingBackend(EmailBackend):
    """A mail server that takes its time: it says when it has the message, then waits."""

    def send_messages(self, messages):
        HELD.set()
        HOLD.wait(10)
        return super().send_messages(messages)


class RefusingBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def _send(ccg, people, key="test:1"):
    return notification_send_once(
        key=key,
        recipients=people,
        ccg=ccg,
        message="Press release due",
        url_name="notification_list",
    )


@pytest.mark.django_db
def test_it_writes_notifications_and_an_unsent_email_and_sends_nothing_before_commit(
    ccg_a, comms_a, admin_a
):
    assert _send(ccg_a, [comms_a, admin_a, comms_a]) is True
    assert Notification.objects.filter(message="Press release due").count() == 2
    row = OutboxEmail.objects.get()
    assert sorted(row.recipients) == sorted([comms_a.email, admin_a.email])
    assert row.sent_at is None and mail.outbox == []  # the worker sends it, after commit


@pytest.mark.django_db
def test_it_refuses_a_key_already_used(ccg_a, comms_a):
    assert _send(ccg_a, [comms_a]) is True
    assert _send(ccg_a, [comms_a]) is False
    assert Notification.objects.count() == 1 and OutboxEmail.objects.count() == 1


@pytest.mark.django_db
def test_links_are_reversed_and_e_mails_use_the_configured_site_url(ccg_a, comms_a, settings):
    settings.SITE_URL = "http://127.0.0.1:8123/"
    _send(ccg_a, [comms_a])
    assert Notification.objects.get().link == "/notifications/"
    assert outbox_emails_send_unsent() == 1
    assert mail.outbox[0].body == "Press release due\n\nhttp://127.0.0.1:8123/notifications/"


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_sends_of_one_key_notify_once_and_e_mail_once(ccg_a, comms_a, celery_eager):
    first_wrote, results = threading.Event(), {}

    def first():
        with transaction.atomic():
            results["first"] = _send(ccg_a, [comms_a])
            first_wrote.set()
            time.sleep(0.5)  # the second send starts while this one is still open
        connection.close()

    def second():
        first_wrote.wait(10)
        started = time.monotonic()
        results["second"] = _send(ccg_a, [comms_a])
        results["waited"] = time.monotonic() - started
        connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert (results["first"], results["second"]) == (True, False)
    assert results["waited"] > 0.2  # it waited on the first's key rather than racing past it
    assert Notification.objects.count() == 1
    assert len(mail.outbox) == 1  # sent by the task queued on the first's commit


@pytest.mark.django_db
def test_an_outbox_email_goes_once_even_if_the_task_runs_twice(ccg_a, comms_a):
    _send(ccg_a, [comms_a])
    row = OutboxEmail.objects.get()
    assert outbox_send.apply(kwargs={"outbox_id": row.pk}).get() is True
    assert outbox_send.apply(kwargs={"outbox_id": row.pk}).get() is False
    row.refresh_from_db()
    assert len(mail.outbox) == 1 and row.sent_at is not None and row.attempts == 1


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_second_worker_skips_the_row_another_worker_is_sending(comms_a, settings):
    settings.EMAIL_BACKEND = f"{__name__}.HoldingBackend"
    row = OutboxEmail.objects.create(key="k", recipients=[comms_a.email], subject="S", body="B")
    HOLD.clear(), HELD.clear()
    results = []

    def worker():
        results.append(outbox_email_send(outbox_id=row.pk))
        connection.close()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert HELD.wait(10)  # the first worker holds the row and is talking to the mail server
        started = time.monotonic()
        assert outbox_email_send(outbox_id=row.pk) is False
        assert time.monotonic() - started < 2  # it skipped the locked row rather than waiting
    finally:
        HOLD.set()
        thread.join(30)
    assert results == [True] and len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_sweep_sends_what_the_broker_never_delivered(ccg_a, comms_a):
    from ccgcomms.celery import app
    from ccgcomms.schedules import BEAT_SCHEDULE
    from core.jobs import job_last_finished

    # In this test the commit never comes, so the task is never queued: as when the broker is down.
    _send(ccg_a, [comms_a], key="test:1")
    _send(ccg_a, [comms_a], key="test:2")
    assert mail.outbox == []
    assert "accounts.outbox_sweep" in {entry["task"] for entry in BEAT_SCHEDULE.values()}
    assert "accounts.outbox_sweep" in app.tasks
    assert outbox_sweep.apply().get() == 2
    assert outbox_sweep.apply().get() == 0
    assert len(mail.outbox) == 2 and not OutboxEmail.objects.filter(sent_at__isnull=True).exists()
    assert job_last_finished(name=OUTBOX_SWEEP_JOB) is not None


@pytest.mark.django_db
def test_a_refused_email_is_recorded_and_sent_by_a_later_sweep(ccg_a, comms_a, settings):
    _send(ccg_a, [comms_a])
    row = OutboxEmail.objects.get()
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    with pytest.raises(OutboxSendFailed):
        outbox_email_send(outbox_id=row.pk)
    assert outbox_emails_send_unsent() == 0  # still refused: recorded, and the sweep carries on
    row.refresh_from_db()
    assert row.sent_at is None and row.attempts == 2
    assert row.last_error == "SMTPServerDisconnected: Connection unexpectedly closed"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_emails_send_unsent() == 1 and len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_sweep_gives_up_on_a_row_after_its_last_attempt(ccg_a, comms_a):
    _send(ccg_a, [comms_a])
    OutboxEmail.objects.update(attempts=MAX_ATTEMPTS, last_error="SMTPDataError: rejected")
    assert outbox_emails_send_unsent() == 0 and mail.outbox == []


@pytest.mark.django_db
def test_without_an_address_the_key_is_claimed_and_nothing_waits_to_be_sent(ccg_a):
    nobody = member(ccg=ccg_a, role="Comms team")
    nobody.email = ""
    assert _send(ccg_a, [nobody]) is True
    assert OutboxEmail.objects.get().sent_at is not None
    assert Notification.objects.filter(user=nobody).count() == 1
    assert outbox_emails_send_unsent() == 0
