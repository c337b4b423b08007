"""The campaign calendar. For now: health awareness days each CCG plans around."""

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned


class AwarenessDay(CcgOwned):
    """A national or local awareness day, week or month (Stoptober, Self Care Week...)."""

    name = models.CharField(max_length=200)
    starts_on = models.DateField()
    ends_on = models.DateField()
    description = models.TextField(blank=True)
    link = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on", "name"]
        constraints = [
            models.UniqueConstraint("ccg", "name", "starts_on", name="awareness_day_unique"),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="awareness_day_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The end date must be on or after the start date."})


class Campaign(CcgOwned):
    """A campaign in the annual plan; press releases and coverage link to it."""

    name = models.CharField(max_length=200)
    objective = models.TextField(blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "name"]

    def __str__(self) -> str:
        return self.name
