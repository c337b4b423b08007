"""Meetings on the calendar: governing body meetings in public, AGMs, PPG networks, community
councils and committees. The public ones are listed on the public pages."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned


class MeetingKind(models.TextChoices):
    GOVERNING_BODY = "governing_body", "Governing body meeting in public"
    AGM = "agm", "Annual general meeting"
    PPG_NETWORK = "ppg_network", "Patient participation group network"
    COMMUNITY_COUNCIL = "community_council", "Community council"
    COMMITTEE = "committee", "Committee"


class Meeting(CcgOwned, Versioned):
    kind = models.CharField("type", max_length=20, choices=MeetingKind.choices)
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField("start")
    ends_at = models.DateTimeField("end", null=True, blank=True)
    place = models.CharField(max_length=300, blank=True)
    online_link = models.URLField("link to join online", blank=True)
    papers_link = models.URLField("link to the papers", blank=True)
    is_public = models.BooleanField(
        "open to the public", default=False, help_text="Listed on the public pages."
    )
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
        ordering = ["starts_at", "title"]
        indexes = [models.Index(fields=["ccg", "starts_at"], name="meeting_ccg_starts_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The end must be after the start."
        if not (self.place or self.online_link):
            errors["place"] = "Enter where the meeting is, or a link to join it online."
        if errors:
            raise ValidationError(errors)
