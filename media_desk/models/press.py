"""Press releases and the coverage they (and enquiries) bring."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned


class PressRelease(CcgOwned, Versioned):
    """A press release. Its words are approved and it is issued through its content item on the
    campaign calendar's "press release" channel: one approval path (ADR 0013). Releases recorded
    before approvals existed have none."""

    title = models.CharField(max_length=250)
    issued_on = models.DateField()
    summary = models.TextField(blank=True)
    content = models.OneToOneField(
        "campaigns.ContentItem",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="press_release",
    )
    outlets_sent_to = models.TextField(blank=True, help_text="One outlet a line.")
    take_up = models.PositiveIntegerField(default=0, help_text="Outlets that used it.")
    campaign = models.ForeignKey(
        "campaigns.Campaign", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued_on"]

    def __str__(self) -> str:
        return self.title

    @property
    def outlets(self) -> list[str]:
        return [line.strip() for line in self.outlets_sent_to.splitlines() if line.strip()]


class Tone(models.TextChoices):
    POSITIVE = "positive", "Positive"
    NEUTRAL = "neutral", "Neutral"
    NEGATIVE = "negative", "Negative"


class Coverage(CcgOwned, Versioned):
    outlet = models.CharField(max_length=200)
    published_on = models.DateField()
    headline = models.CharField(max_length=300)
    link = models.URLField(blank=True)
    tone = models.CharField(max_length=10, choices=Tone.choices, default=Tone.NEUTRAL)
    enquiry = models.ForeignKey(
        "media_desk.Enquiry",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coverage",
    )
    press_release = models.ForeignKey(
        PressRelease, null=True, blank=True, on_delete=models.SET_NULL, related_name="coverage"
    )
    campaign = models.ForeignKey(
        "campaigns.Campaign", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on"]
        verbose_name_plural = "coverage"

    def __str__(self) -> str:
        return f"{self.outlet}: {self.headline}"
