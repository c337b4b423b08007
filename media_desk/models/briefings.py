"""Regular (quarterly) MP briefings: a schedule per MP in the stakeholder register, and one
briefing due each quarter (calendar quarters, which are also the financial year's), made by
the daily job (services/briefings.py) and reminded through the one notification service."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned


class BriefingSchedule(CcgOwned):
    """`ccg` is the MP contact's. Reminders go to the owner, else the CCG's comms lead."""

    contact = models.OneToOneField(
        "stakeholders.Contact", on_delete=models.PROTECT, related_name="+"
    )
    starts_on = models.DateField(
        "First quarter", help_text="Briefings fall due from the quarter holding this date."
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who prepares the briefings; the comms lead when nobody is named.",
    )
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["contact__last_name", "pk"]

    def __str__(self) -> str:
        return f"Quarterly briefings for {self.contact}"


class MpBriefing(CcgOwned):
    schedule = models.ForeignKey(
        BriefingSchedule, on_delete=models.CASCADE, related_name="briefings"
    )
    quarter_start = models.DateField()
    due_on = models.DateField(help_text="The quarter's last day.")
    held_on = models.DateField("Date held", null=True, blank=True)
    notes = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-quarter_start"]
        constraints = [
            models.UniqueConstraint("schedule", "quarter_start", name="one_mp_briefing_a_quarter")
        ]
        indexes = [models.Index(fields=["held_on", "due_on"], name="mp_briefing_due_idx")]

    def __str__(self) -> str:
        return f"Briefing due {self.due_on:%-d %b %Y}"

    @property
    def quarter_label(self) -> str:
        return f"{self.quarter_start:%b}–{self.due_on:%b %Y}"

    def clean(self) -> None:
        if self.held_on and self.held_on > timezone.localdate():
            raise ValidationError({"held_on": "The date held cannot be in the future."})
