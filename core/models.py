from django.conf import settings
from django.db import models
from django.utils import timezone


class JobRun(models.Model):
    """One row per scheduled job: the lock that keeps two runs apart, and when it last ran.

    /healthz reads the heartbeat job's row to show that the worker and beat are alive."""

    name = models.CharField(max_length=100, unique=True)
    last_started = models.DateTimeField(null=True, blank=True)
    last_finished = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class BackgroundJob(models.Model):
    """Fields of a job that a worker runs in the background and a page follows.

    The worker claims the job (attempts + 1) and beats while it runs (core.jobs.job_heartbeat);
    the job's sweep takes a running job with no recent beat for lost and runs it again, up to
    JOB_MAX_ATTEMPTS in all, or fails it. `queue_unavailable` says the broker refused the job:
    the page tells the user it starts when the queue is back, which the sweep sees to."""

    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    queue_unavailable = models.BooleanField(default=False, editable=False)

    class Meta:
        abstract = True


class Submission(models.Model):
    """A create form that was sent: its one-time token, claimed in the create's own transaction
    (core.concurrency.submit_once), and where the record it made is. Kept a day."""

    token = models.UUIDField(unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    result_url = models.CharField(max_length=500)

    def __str__(self) -> str:
        return f"{self.token} → {self.result_url}"
