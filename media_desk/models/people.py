from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned


class Spokesperson(CcgOwned, Versioned):
    """Who may speak to the media, on what, and whether they have had media training."""

    name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=200, blank=True)
    topics = models.CharField(max_length=300, blank=True, help_text="e.g. urgent care, finance")
    media_trained = models.BooleanField(default=False)
    trained_on = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "spokespeople"

    def __str__(self) -> str:
        return self.name
