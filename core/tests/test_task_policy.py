"""Every task of ours may run twice, so each acks late and is delivered again when its worker
dies; each has a soft time limit (the work stops cleanly) below a hard one (a stuck worker
process is ended); every scheduled task exists."""

from ccgcomms.celery import app
from ccgcomms.schedules import BEAT_SCHEDULE

OUR_APPS = (
    "core.",
    "accounts.",
    "audit.",
    "stakeholders.",
    "engagement.",
    "media_desk.",
    "campaigns.",
    "reporting.",
)


def _our_tasks():
    app.loader.import_default_modules()
    return {name: task for name, task in app.tasks.items() if name.startswith(OUR_APPS)}


def test_every_task_acks_late_and_is_redelivered_if_its_worker_dies():
    tasks = _our_tasks()
    assert len(tasks) >= 8
    for name, task in tasks.items():
        assert task.acks_late is True, name
        assert task.reject_on_worker_lost is True, name


def test_every_task_has_a_soft_time_limit_below_its_hard_one():
    for name, task in _our_tasks().items():
        assert task.soft_time_limit, f"{name} has no soft time limit"
        assert task.time_limit, f"{name} has no hard time limit"
        assert task.soft_time_limit < task.time_limit, name


def test_every_scheduled_task_exists():
    tasks = _our_tasks()
    for entry in BEAT_SCHEDULE.values():
        assert entry["task"] in tasks
