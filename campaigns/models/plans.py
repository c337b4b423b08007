"""The annual campaign plan: campaigns (one lead CCG, shared with others, each with its own
local notes) and the awareness days each CCG plans around (its own, and the national ones it
chooses)."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned, CcgShared
from core.concurrency import Versioned


class Priority(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class CampaignStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    LIVE = "live", "Live"
    FINISHED = "finished", "Finished"
    CANCELLED = "cancelled", "Cancelled"


class Rag(models.TextChoices):
    GREEN = "green", "Green"
    AMBER = "amber", "Amber"
    RED = "red", "Red"


class Channel(models.TextChoices):
    """Where a campaign is seen (the content items of the plan use the same list)."""

    X = "x", "X (Twitter)"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    LINKEDIN = "linkedin", "LinkedIn"
    WEBSITE = "website", "Website"
    NEWSLETTER = "newsletter", "E-newsletter"
    PRESS = "press", "Press release"
    PRINT = "print", "Print"
    RADIO = "radio", "Radio"
    SCREENS = "screens", "Waiting-room screens"
    GP_BULLETIN = "gp_bulletin", "GP practice bulletin"


NATIONAL_CAMPAIGNS = [
    "Stay Well This Winter",
    "Help Us Help You",
    "Every Mind Matters",
    "Better Health",
    "Act FAST",
    "Flu vaccination",
]


class AwarenessDay(CcgOwned):
    """A CCG's own awareness day, week or month (a local health fair, a borough's week...)."""

    name = models.CharField(max_length=200)
    starts_on = models.DateField()
    ends_on = models.DateField()
    description = models.TextField(blank=True)
    link = models.URLField(blank=True)
    recurs_yearly = models.BooleanField(
        "happens every year on the same dates",
        default=False,
        help_text="Shown on the calendar in later years too.",
    )
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


class NationalAwarenessDay(models.Model):
    """A national awareness day (Stoptober, Self Care Week...): one list for every CCG, kept
    by the portal's administrators and imported from a CSV each year. A day recurs yearly on
    the same dates until the next year's import re-dates it (a row of the same name there)."""

    name = models.CharField(max_length=200)
    starts_on = models.DateField()
    ends_on = models.DateField()
    theme = models.CharField(max_length=200, blank=True)
    link = models.URLField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on", "name"]
        constraints = [
            models.UniqueConstraint("name", "starts_on", name="national_day_unique"),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="national_day_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The end date must be on or after the start date."})


class AwarenessDayChoice(CcgOwned):
    """A CCG plans around this national day (by name, so it follows the day from year to year)."""

    name = models.CharField("national awareness day", max_length=200)
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", "name", name="awareness_day_choice_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class Campaign(CcgShared, Versioned):
    """A campaign in the annual plan. Its `ccg` is the lead CCG, whose comms team edits it;
    the CCGs it is shared with read it ("written once") and add their own local notes."""

    name = models.CharField("title", max_length=200)
    objective = models.TextField(blank=True)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.MEDIUM)
    audiences = models.ManyToManyField("stakeholders.Segment", blank=True, related_name="campaigns")
    key_messages = models.TextField(blank=True)
    channels = models.JSONField(default=list, blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    paid = models.BooleanField("paid for", default=False)
    budget = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    spend = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    spend_confirmed = models.BooleanField("spend above the budget is right", default=False)
    national_campaign = models.CharField(
        "national campaign it amplifies", max_length=200, blank=True
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.PLANNED
    )
    rag = models.CharField("RAG", max_length=5, choices=Rag.choices, default=Rag.GREEN)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "name"]
        # The calendar holds no personal data: staff view it too (accounts/roles.py).
        permissions = [("view_calendar", "Can view the campaign calendar")]
        indexes = [models.Index(fields=["ccg", "starts_on", "ends_on"], name="campaign_dates_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="campaign_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_over_budget(self) -> bool:
        return self.budget is not None and self.spend is not None and self.spend > self.budget

    def channel_labels(self) -> list[str]:
        labels = dict(Channel.choices)
        return [labels.get(c, c) for c in self.channels]

    def clean(self) -> None:
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "The end date must be on or after the start date."
        if not self.paid and (self.budget or self.spend):
            errors["paid"] = "Tick paid for if the campaign has a budget or spend."
        if self.budget is not None and self.budget < 0:
            errors["budget"] = "The budget cannot be below zero."
        if self.spend is not None and self.spend < 0:
            errors["spend"] = "The spend cannot be below zero."
        elif self.is_over_budget and not self.spend_confirmed:
            errors["spend"] = (
                f"Spend of £{self.spend:,.2f} is over the budget of £{self.budget:,.2f}. "
                "Check the figure, or confirm that it is right."
            )
        unknown = set(self.channels or []) - set(Channel.values)
        if unknown:
            errors["channels"] = "Choose channels from the list."
        if errors:
            raise ValidationError(errors)

    def runs_on(self, day: datetime.date) -> bool:
        return bool(self.starts_on and self.ends_on and self.starts_on <= day <= self.ends_on)


class CampaignNote(CcgOwned, Versioned):
    """One CCG's own notes on a campaign it leads or is shared with (local angle, contacts,
    venues): each CCG writes and sees its own."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="local_notes")
    notes = models.TextField()
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint("campaign", "ccg", name="campaign_note_one_per_ccg"),
        ]

    def __str__(self) -> str:
        return f"Notes of {self.ccg} on {self.campaign}"
