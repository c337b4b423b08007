import pytest

from stakeholders.tests.factories import ContactFactory


@pytest.fixture
def mp_a(ccg_a):
    return ContactFactory(
        ccg=ccg_a, kind="mp", first_name="Jordan", last_name="Hartley", constituency="Darlington"
    )


@pytest.fixture
def mp_b(ccg_b):
    return ContactFactory(ccg=ccg_b, kind="mp", first_name="Morgan", last_name="Reilly")


@pytest.fixture
def lead(ccg_a):
    """The CCG's comms lead: reminders without an owner go to them."""
    from accounts.tests.factories import member

    lead = member(ccg=ccg_a, role="Comms team")
    ccg_a.comms_lead = lead
    ccg_a.save()
    return lead


@pytest.fixture
def reminder_worker(ccg_a, comms_a, lead):
    """A real Celery worker on Redis, given the reminder job once, for an urgent media item
    logged 3h50m ago (out of hours or not, its response falls due within the hour) with no
    owner, so the reminder goes to the lead. Yields `wait_until(done)`, which returns once
    `done()` is true (or after 20 s); the worker stops after the test.

    The test needs REDIS_URL, `@pytest.mark.celery_worker` and
    `@pytest.mark.django_db(transaction=True)` (the worker reads what the test committed)."""
    import datetime
    import time

    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app
    from core.queueing import send_task_safely
    from media_desk.models import Kind
    from media_desk.tasks import send_due_reminders

    from .factories import logged_enquiry

    now = datetime.datetime.now(datetime.UTC)
    logged_enquiry(
        ccg=ccg_a,
        logged_by=comms_a,
        received_at=now - datetime.timedelta(hours=3, minutes=50),
        urgency="urgent",
        kind=Kind.MEDIA,
    )

    def wait_until(done) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not done():
            time.sleep(0.2)

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        assert send_task_safely(send_due_reminders)
        yield wait_until
