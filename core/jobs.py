"""The middle layer of every scheduled job: an idempotent, lock-guarded wrapper around the work.

The work is a plain service function; the task calls `run_exclusively`; beat's schedule lives in
schedules.py. A second run that starts while the first holds the lock returns at once.

The lock is a Postgres session advisory lock, not a transaction: the work commits as it goes
(a reminder is marked sent in the same commit that records it), so a worker that dies mid-run
loses only the step it was on. Correctness never rests on this lock alone: each job's own rows
carry unique constraints. On SQLite (the embedded demo, one worker) there is no lock to take.

Background jobs (a row per job: imports, annual reports) beat while they run (`job_heartbeat`),
so their sweep can tell a job whose worker died from one still working, and /healthz can say how
long the oldest job has waited for a worker (`job_queues_oldest`)."""

import datetime
import logging
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from django.conf import settings
from django.db import DatabaseError, connection, connections, models, transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import JobRun

T = TypeVar("T")
logger = logging.getLogger(__name__)


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


def batches_within_budget(
    *, fetch: Callable[[], list[T]], budget_seconds: float | None = None
) -> Iterator[T]:
    """Items of `fetch()` batch after batch, until a batch comes back empty or the run has spent
    its budget (REMINDER_RUN_BUDGET_SECONDS by default): a poll drains a backlog in one run
    rather than one batch per run, and still ends in time for the next. Handling an item must
    take it out of what `fetch` returns."""
    budget = settings.REMINDER_RUN_BUDGET_SECONDS if budget_seconds is None else budget_seconds
    stop_at = time.monotonic() + budget
    while batch := fetch():
        for item in batch:
            if time.monotonic() >= stop_at:
                logger.info("Run budget of %ss spent; the next run goes on", budget)
                return
            yield item


def job_stale_before(*, now: datetime.datetime) -> datetime.datetime:
    """A running job whose last beat is older than this has lost its worker."""
    return now - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS)


class _Heartbeat(threading.Thread):
    """Writes the job's heartbeat_at every `every` seconds on a connection of its own, so the
    beat is seen while the job's own transaction is open. A process that dies stops beating."""

    def __init__(self, *, model: type[models.Model], pk: int, every: float):
        super().__init__(name=f"heartbeat-{model._meta.label}-{pk}", daemon=True)
        self.model, self.pk, self.every = model, pk, every
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopped.wait(self.every):
                self.beat()
        finally:
            connections.close_all()  # this thread's connections only

    def beat(self) -> None:
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    # Never wait behind the job's own row lock (it holds one as it finishes).
                    cursor.execute("SET LOCAL lock_timeout = '1s'")
                rows = self.model._default_manager.filter(pk=self.pk)
                rows.update(heartbeat_at=timezone.now())
        except DatabaseError as error:
            logger.info("Job %s %s: heartbeat not recorded (%s)", self.model, self.pk, error)


@contextmanager
def job_heartbeat(*, model: type[models.Model], pk: int, every: float | None = None):
    """`with job_heartbeat(model=ImportJob, pk=job.pk):` around the work of a running job.

    Postgres only: on SQLite (the embedded run: one worker, one writer at a time) a second
    connection could not write while the job's transaction is open, and neither can the sweep,
    so it cannot take a running job for lost; there the job's progress writes beat."""
    if connection.vendor != "postgresql":
        yield
        return
    every = settings.JOB_HEARTBEAT_SECONDS if every is None else every
    thread = _Heartbeat(model=model, pk=pk, every=every)
    thread.start()
    try:
        yield
    finally:
        thread.stopped.set()
        thread.join(timeout=5)


# Each app with background jobs registers how to find the oldest one waiting for a worker.
OldestQueued = Callable[[], datetime.datetime | None]
_JOB_QUEUES: dict[str, OldestQueued] = {}


def job_queue_register(*, name: str, oldest_queued: OldestQueued) -> None:
    _JOB_QUEUES[name] = oldest_queued


def job_queues_oldest() -> tuple[str, datetime.datetime] | None:
    """The kind and queue time of the job that has waited longest for a worker, if any."""
    waiting = [(when, name) for name, oldest in _JOB_QUEUES.items() if (when := oldest())]
    if not waiting:
        return None
    when, name = min(waiting)
    return name, when


# Jobs a page follows (an annual report, a report made again): a row with `status`, `phase`,
# `progress`, `started_at`, `finished_at` and `error` besides BackgroundJob's fields. Their
# statuses are these four words, whatever each model's labels say.
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def progress_job_claim(*, model: type[models.Model], pk: int) -> bool:
    """Take a waiting job for this worker. One worker wins (the update's WHERE), and the
    attempt is counted so the sweep can give up on a job that keeps killing its worker."""
    now = timezone.now()
    return bool(
        model._default_manager.filter(pk=pk, status=QUEUED).update(
            status=RUNNING,
            started_at=now,
            heartbeat_at=now,
            attempts=models.F("attempts") + 1,
            queue_unavailable=False,
            phase="Starting",
            progress=5,
        )
    )


def progress_job_step(*, model: type[models.Model], pk: int, progress: int, phase: str) -> None:
    model._default_manager.filter(pk=pk).update(
        progress=progress, phase=phase, heartbeat_at=timezone.now()
    )


def progress_job_fail(*, model: type[models.Model], pk: int, error: str) -> None:
    model._default_manager.filter(pk=pk).update(
        status=FAILED, finished_at=timezone.now(), error=error[:500]
    )


def progress_job_finish(*, model: type[models.Model], pk: int, **results) -> None:
    model._default_manager.filter(pk=pk).update(
        status=DONE, progress=100, phase="Ready", finished_at=timezone.now(), **results
    )


def progress_jobs_lost_restart(
    *, jobs: models.QuerySet, now: datetime.datetime, error: str
) -> None:
    """Running jobs whose heartbeat stopped (their worker died): queue them again, up to
    JOB_MAX_ATTEMPTS in all, then fail them with `error`."""
    lost = (
        jobs.filter(status=RUNNING)
        .alias(beat_at=Coalesce("heartbeat_at", "started_at"))
        .filter(models.Q(beat_at__lt=job_stale_before(now=now)) | models.Q(beat_at__isnull=True))
    )
    attempts_left = models.Q(attempts__lt=settings.JOB_MAX_ATTEMPTS)
    restarted = lost.filter(attempts_left).update(status=QUEUED, phase="", progress=0)
    failed = lost.exclude(attempts_left).update(status=FAILED, finished_at=now, error=error)
    if restarted or failed:
        name = jobs.model._meta.verbose_name_plural
        logger.warning("%s lost by a worker: %s run again, %s failed", name, restarted, failed)
