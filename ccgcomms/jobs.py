"""The middle layer of every scheduled job: an idempotent, lock-guarded wrapper around the work.

The work is a plain service function; the task calls `run_exclusively`; beat's schedule lives in
schedules.py. A second run that starts while the first holds the lock returns at once.

The lock is a Postgres session advisory lock, not a transaction: the work commits as it goes
(a reminder is marked sent in the same commit that records it), so a worker that dies mid-run
loses only the step it was on. Correctness never rests on this lock alone: each job's own rows
carry unique constraints. On SQLite (the embedded demo, one worker) there is no lock to take."""

import zlib
from collections.abc import Callable
from contextlib import contextmanager
from typing import TypeVar

from django.db import connection
from django.utils import timezone

from .models import JobRun

T = TypeVar("T")


@contextmanager
def _advisory_lock(name: str):
    if connection.vendor != "postgresql":
        yield True
        return
    key = zlib.crc32(name.encode())
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def run_exclusively(*, name: str, work: Callable[[], T]) -> T | None:
    """Run `work` unless another process is running the job `name`; None when skipped."""
    with _advisory_lock(name) as acquired:
        if not acquired:
            return None
        started = timezone.now()
        result = work()
        JobRun.objects.update_or_create(
            name=name, defaults={"last_started": started, "last_finished": timezone.now()}
        )
        return result


def job_last_finished(*, name: str):
    return JobRun.objects.filter(name=name).values_list("last_finished", flat=True).first()
