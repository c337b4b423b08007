"""Every periodic job, in one place (data-hub style). Each entry names a task that takes no
arguments and is safe to run twice at once: the task's own lock makes the second run a no-op."""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "heartbeat": {"task": "ccgcomms.tasks.heartbeat", "schedule": 60.0},
    # Deadlines live in the database; this poll finds the few whose reminder has fallen due.
    "media-desk-reminders": {"task": "media_desk.send_due_reminders", "schedule": 120.0},
}

__all__ = ["BEAT_SCHEDULE", "crontab"]
