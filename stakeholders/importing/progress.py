"""Progress of an import job, written where the polling page can read it.

Checking runs outside any transaction, so plain updates of the job row are seen at once. The
import itself runs in one transaction (all-or-nothing), which would hide the updates until
the end; on Postgres they go through a second, autocommitting connection instead. SQLite
allows one writer at a time, so there the page shows the phase without a count.

Each write is also a heartbeat (heartbeat_at); on Postgres core.jobs.job_heartbeat beats
besides, through the phases that report no progress."""

import logging
import time
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.utils import timezone

from stakeholders.models import ImportJob

logger = logging.getLogger(__name__)
MIN_INTERVAL = 0.5  # seconds between writes: enough for a progress bar, cheap for the database


class ProgressWriter:
    def __init__(self, job_id: int, phase: str, side_connection=None, *, in_transaction: bool):
        self.job_id, self.phase = job_id, phase
        self.side_connection = side_connection
        self.in_transaction = in_transaction
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < MIN_INTERVAL and done < total:
            return
        self.last = now
        total = max(total, done)
        if self.side_connection is not None:
            self._write_aside(done, total)
        elif not self.in_transaction:
            ImportJob.objects.filter(pk=self.job_id).update(
                processed=done, total=total, phase=self.phase, heartbeat_at=timezone.now()
            )

    def _write_aside(self, done: int, total: int) -> None:
        table = self.side_connection.ops.quote_name(ImportJob._meta.db_table)
        sql = (
            f"UPDATE {table} SET processed = %s, total = %s, phase = %s, heartbeat_at = %s "  # noqa: S608 (a model's table name)
            "WHERE id = %s"
        )
        try:
            with self.side_connection.cursor() as cursor:
                # Progress must never hold up or break the import it reports on.
                cursor.execute("SET lock_timeout = '1s'")
                cursor.execute(sql, [done, total, self.phase, timezone.now(), self.job_id])
        except DatabaseError:
            logger.warning("Import job %s: progress not recorded", self.job_id, exc_info=True)
            self.side_connection = None


@contextmanager
def job_progress(job_id: int, phase: str, *, in_transaction: bool = False, side: bool = True):
    side_connection = None
    if in_transaction and side and connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        side_connection = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        yield ProgressWriter(job_id, phase, side_connection, in_transaction=in_transaction)
    finally:
        if side_connection is not None:
            side_connection.close()
