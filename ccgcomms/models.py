from django.db import models


class JobRun(models.Model):
    """One row per scheduled job: the lock that keeps two runs apart, and when it last ran.

    /healthz reads the heartbeat job's row to show that the worker and beat are alive."""

    name = models.CharField(max_length=100, unique=True)
    last_started = models.DateTimeField(null=True, blank=True)
    last_finished = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name
