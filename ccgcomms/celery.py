"""The Celery app. Broker and options come from settings (CELERY_*); schedules from schedules.py."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ccgcomms.settings")

app = Celery("ccgcomms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_finalize.connect
def _install_beat_schedule(sender: Celery, **kwargs) -> None:
    from .schedules import BEAT_SCHEDULE

    sender.conf.beat_schedule = BEAT_SCHEDULE
