"""Queue Celery tasks without ever making the web wait on the broker.

Tasks are sent after the surrounding transaction commits (so the worker sees the rows) and a
broker that is down is logged, not raised: the page still saves, and the polling jobs catch up."""

import logging

from celery import Task
from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def send_task_safely(task: Task, **kwargs) -> bool:
    try:
        task.apply_async(kwargs=kwargs, retry=False)
    except (OperationalError, ConnectionError, OSError):
        logger.warning(
            "Broker unavailable: %s not queued; it will run on the next poll.", task.name
        )
        return False
    return True


def enqueue_on_commit(task: Task, **kwargs) -> None:
    transaction.on_commit(lambda: send_task_safely(task, **kwargs))
