"""Celery beat's scheduler: Celery's own, keeping when each job last ran in a file
(CELERY_BEAT_SCHEDULE_FILENAME, by default VAR_DIR/celerybeat-schedule), whose folder it
creates first. Only the embedded run makes VAR_DIR, so on a fresh production machine beat
would otherwise exit at start-up. Losing the file is harmless: every job then runs once at
start, and every job is safe to run twice."""

from pathlib import Path

from celery.beat import PersistentScheduler


class Scheduler(PersistentScheduler):
    def setup_schedule(self) -> None:
        Path(self.schedule_filename).parent.mkdir(parents=True, exist_ok=True)
        super().setup_schedule()
