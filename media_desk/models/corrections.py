"""Correction and rebuttal requests on coverage: what was wrong, what correction was asked of
whom and when, followed to an outcome. Open (pending) requests are the desk's follow-up list."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned


class CorrectionOutcome(models.TextChoices):
    PENDING = "pending", "Pending"
    CORRECTED = "corrected", "Corrected"
    CLARIFICATION = "clarification", "Clarification published"
    DECLINED = "declined", "Declined"
    NO_RESPONSE = "no_response", "No response"


class CorrectionRequest(CcgOwned, Versioned):
    """`ccg` is the coverage's: the service copies it."""

    coverage = models.ForeignKey(
        "media_desk.Coverage", on_delete=models.CASCADE, related_name="correction_requests"
    )
    what_is_wrong = models.TextField("What is wrong")
    correction_asked = models.TextField("Correction or rebuttal asked for")
    requested_of = models.CharField(
        "Asked of", max_length=200, help_text="For example: the news editor, Northern Echo."
    )
    requested_on = models.DateField("Date requested")
    outcome = models.CharField(
        max_length=20, choices=CorrectionOutcome.choices, default=CorrectionOutcome.PENDING
    )
    outcome_on = models.DateField("Date of the outcome", null=True, blank=True)
    outcome_note = models.TextField("Note on the outcome", blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["requested_on", "pk"]
        indexes = [models.Index(fields=["ccg", "outcome"], name="correction_open_idx")]

    def __str__(self) -> str:
        return f"Correction asked of {self.requested_of} ({self.get_outcome_display()})"

    @property
    def is_open(self) -> bool:
        return self.outcome == CorrectionOutcome.PENDING

    def clean(self) -> None:
        errors = {}
        today = timezone.localdate()
        if self.requested_on and self.requested_on > today:
            errors["requested_on"] = "The date requested cannot be in the future."
        if self.outcome_on and self.outcome_on > today:
            errors["outcome_on"] = "The date of the outcome cannot be in the future."
        elif self.outcome_on and self.requested_on and self.outcome_on < self.requested_on:
            errors["outcome_on"] = "The date of the outcome cannot be before the date requested."
        if self.outcome == CorrectionOutcome.PENDING and self.outcome_on:
            errors["outcome"] = "Select the outcome, or leave its date empty while pending."
        elif self.outcome != CorrectionOutcome.PENDING and not self.outcome_on:
            errors.setdefault("outcome_on", "Enter the date of the outcome")
        if errors:
            raise ValidationError(errors)
