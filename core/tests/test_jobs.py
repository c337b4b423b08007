"""The lock-guarded wrapper: a second run while the first holds the lock does nothing."""

import os
import threading

import pytest
from django.db import connection

from core.jobs import run_exclusively

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: row locks need Postgres"
)


@pytest.mark.django_db
def test_it_runs_the_work_and_records_when():
    assert run_exclusively(name="demo-job", work=lambda: 7) == 7
    from core.jobs import job_last_finished

    assert job_last_finished(name="demo-job") is not None


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_second_run_leaves_while_the_first_holds_the_lock():
    started, release, results = threading.Event(), threading.Event(), []

    def slow_work():
        started.set()
        release.wait(10)
        return "first"

    def first():
        results.append(run_exclusively(name="locked-job", work=slow_work))
        connection.close()

    thread = threading.Thread(target=first)
    thread.start()
    assert started.wait(10)
    results.append(run_exclusively(name="locked-job", work=lambda: "second"))
    release.set()
    thread.join(10)
    assert sorted(results, key=str) == [None, "first"]
