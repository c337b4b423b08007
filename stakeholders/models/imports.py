"""An import of a stakeholder spreadsheet: the file, its progress and its report.

The file and the report hold personal data only for as long as the import needs them:
the content is dropped when the import ends and the report details after a retention period
(services.import_jobs_sweep)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.models import BackgroundJob

from .choices import ImportStatus, LawfulBasis
from .consent import DistributionList


class ImportJob(CcgOwned, BackgroundJob):
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # When the job last went into the queue (to be checked, or imported once confirmed).
    queued_at = models.DateTimeField(default=timezone.now, editable=False)
    filename = models.CharField(max_length=255)
    size = models.PositiveIntegerField(default=0)
    content = models.BinaryField(default=b"", editable=False)
    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.UPLOADED
    )
    # Optional: subscribe every imported person to a list, with this evidence.
    distribution_list = models.ForeignKey(
        DistributionList, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lawful_basis = models.CharField(max_length=30, choices=LawfulBasis.choices, blank=True)
    consent_source = models.CharField(max_length=200, blank=True)
    default_consent_date = models.DateField(null=True, blank=True)
    # Progress, polled by the page while a worker runs the job.
    phase = models.CharField(max_length=40, blank=True)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    report = models.JSONField(default=dict, blank=True)
    # Who imported what and when; never the file or the report themselves.
    history = HistoricalRecords(
        excluded_fields=[
            "content",
            "report",
            "processed",
            "phase",
            "heartbeat_at",
            "queue_unavailable",
        ]
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "started_at"])]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.processed / self.total)) if self.total else 0

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING_STATUSES

    @property
    def is_waiting(self) -> bool:
        return self.status in (ImportStatus.UPLOADED, ImportStatus.CONFIRMED)

    @property
    def was_interrupted(self) -> bool:
        """A worker took this step of the job before and stopped without finishing it."""
        return self.attempts > 1 or (self.attempts == 1 and self.is_waiting)

    @property
    def counts(self) -> dict:
        return self.report.get("counts", {})

    @property
    def can_confirm(self) -> bool:
        return (
            self.status == ImportStatus.CHECKED
            and not self.report.get("file_errors")
            and not self.counts.get("error")
        )


RUNNING_STATUSES = frozenset(
    {ImportStatus.UPLOADED, ImportStatus.CHECKING, ImportStatus.CONFIRMED, ImportStatus.IMPORTING}
)
