"""A real Celery worker, on the real broker (Redis in CI), runs a task against the database."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker

from ccgcomms.celery import app
from core.jobs import job_last_finished
from core.queueing import enqueue_on_commit, send_task_safely
from core.tasks import HEARTBEAT_JOB, heartbeat

needs_redis = pytest.mark.skipif(
    not os.getenv("REDIS_URL"), reason="REDIS_URL not set: the worker test runs against Redis"
)


def _wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@needs_redis
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_a_queued_task_against_the_database():
    assert app.conf.broker_url.startswith("redis://")
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        assert send_task_safely(heartbeat)
        assert _wait_for(lambda: job_last_finished(name=HEARTBEAT_JOB) is not None)


@needs_redis
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_tasks_queued_in_a_transaction_are_sent_after_commit():
    from django.db import transaction

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        with transaction.atomic():
            enqueue_on_commit(heartbeat)
        assert _wait_for(lambda: job_last_finished(name=HEARTBEAT_JOB) is not None)


def test_a_broker_that_is_down_does_not_break_the_caller():
    from celery import Celery

    dead = Celery("dead", broker="redis://127.0.0.1:1/0")  # nothing listens on port 1
    dead.conf.broker_connection_timeout = 1

    @dead.task(name="ccgcomms.tests.noop")
    def noop() -> None:
        return None

    started = time.monotonic()
    assert send_task_safely(noop) is False
    assert time.monotonic() - started < 5
