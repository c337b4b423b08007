"""Queue Celery tasks without ever making the web wait on the broker for long.

Tasks are sent after the surrounding transaction commits (so the worker sees the rows). Sending
gets one try of at most QUEUE_SEND_TIMEOUT seconds (Celery's own connection would retry for its
full connection timeout, seconds per request): a broker that is down is logged, not raised, the
page still saves, and the caller may record that the job waits for the queue. Each job's sweep
queues such jobs when the broker is back."""

import logging
from collections.abc import Callable

from celery import Celery, Task
from django.conf import settings
from django.db import transaction
from kombu import Connection
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def broker_connection(app: Celery) -> Connection:
    """A connection to the broker that gives up after QUEUE_SEND_TIMEOUT, with no retry loop."""
    timeout = settings.QUEUE_SEND_TIMEOUT
    return app.connection_for_write(
        connect_timeout=timeout,
        transport_options={
            "max_retries": 0,
            # Redis: a broker that accepts the connection but does not answer.
            "socket_connect_timeout": timeout,
            "socket_timeout": timeout,
        },
    )


def send_task_safely(task: Task, **kwargs) -> bool:
    """Queue `task`; False (logged) when the broker did not take it within the time allowed."""
    try:
        with broker_connection(task.app) as connection:
            task.apply_async(kwargs=kwargs, retry=False, connection=connection)
    except (OperationalError, ConnectionError, OSError) as error:
        logger.warning(
            "Broker unavailable (%s): %s not queued; its sweep queues it when the broker is back.",
            error.__class__.__name__,
            task.name,
        )
        return False
    return True


def enqueue_on_commit(
    task: Task, *, on_unavailable: Callable[[], None] | None = None, **kwargs
) -> None:
    """Queue `task` after the transaction commits; call `on_unavailable` if the broker is down."""

    def send() -> None:
        if not send_task_safely(task, **kwargs) and on_unavailable is not None:
            on_unavailable()

    transaction.on_commit(send)
