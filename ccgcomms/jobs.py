"""The middle layer of every scheduled job: an idempotent, lock-guarded wrapper around the work.

The work is a plain service function; the task calls `run_exclusively`; beat's schedule lives in
schedules.py. A second run that starts while the first holds the lock returns at once."""

from collections.abc import Callable
from typing import TypeVar

from django.db import transaction
from django.utils import timezone

from .models import JobRun

T = TypeVar("T")


def run_exclusively(*, name: str, work: Callable[[], T]) -> T | None:
    """Run `work` unless another process is running the job `name`; None when skipped."""
    JobRun.objects.get_or_create(name=name)
    with transaction.atomic():
        # skip_locked: the second runner does not wait behind the first, it leaves.
        run = JobRun.objects.select_for_update(skip_locked=True).filter(name=name).first()
        if run is None:
            return None
        run.last_started = timezone.now()
        result = work()
        run.last_finished = timezone.now()
        run.save(update_fields=["last_started", "last_finished"])
        return result


def job_last_finished(*, name: str):
    return JobRun.objects.filter(name=name).values_list("last_finished", flat=True).first()
