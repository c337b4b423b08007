"""The annual engagement report job (s.14Z11): its progress, which the page polls, and the
documents it made, downloaded through a scoped view."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.scoping import CcgOwned
from core.models import BackgroundJob

from .choices import ReportJobStatus


def financial_year_label(year: int) -> str:
    return f"April {year} to March {year + 1}"


class ReportJob(CcgOwned, BackgroundJob):
    financial_year = models.PositiveSmallIntegerField(
        help_text="The year in which the financial year starts: 2026 is April 2026 to March 2027."
    )
    status = models.CharField(
        max_length=10, choices=ReportJobStatus.choices, default=ReportJobStatus.QUEUED
    )
    phase = models.CharField(max_length=100, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    docx = models.BinaryField(default=b"", editable=False)
    pdf = models.BinaryField(default=b"", editable=False)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["status", "requested_at"], name="report_job_status_idx")]

    def __str__(self) -> str:
        return f"Annual engagement report {self.year_label} ({self.get_status_display()})"

    @property
    def year_label(self) -> str:
        return financial_year_label(self.financial_year)

    @property
    def starts_on(self) -> date:
        return date(self.financial_year, 4, 1)

    @property
    def is_running(self) -> bool:
        return self.status in (ReportJobStatus.QUEUED, ReportJobStatus.RUNNING)

    @property
    def was_interrupted(self) -> bool:
        """A worker took this job before and stopped without finishing it."""
        waiting = self.status == ReportJobStatus.QUEUED
        return self.attempts > 1 or (self.attempts == 1 and waiting)

    @property
    def filename(self) -> str:
        code = self.ccg.ods_code if self.ccg_id else "ccg"
        return f"annual-engagement-report-{code}-{self.financial_year}-{self.financial_year + 1}"
