"""Celery tasks of the campaign calendar: each calls one service under the job lock."""

from celery import shared_task
from django.utils import timezone

from core.jobs import run_exclusively

from .services import weekly_digests_send

DIGEST_JOB = "campaigns.weekly_digest"


@shared_task(
    name="campaigns.send_weekly_digest",
    autoretry_for=(ConnectionError,),
    max_retries=3,
    soft_time_limit=600,
    time_limit=660,
)
def send_weekly_digest() -> int | None:
    """Beat runs it on Monday mornings; a second run in the same week sends nothing again."""
    return run_exclusively(
        name=DIGEST_JOB, work=lambda: weekly_digests_send(today=timezone.localdate())
    )
