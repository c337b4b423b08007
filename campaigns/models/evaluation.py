"""Evaluation: a campaign's measures per channel, the learning captured at its end, and each
CCG's digital channel figures per month."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .plans import Channel

DIGITAL_CHANNELS = [
    Channel.X,
    Channel.FACEBOOK,
    Channel.INSTAGRAM,
    Channel.YOUTUBE,
    Channel.LINKEDIN,
    Channel.WEBSITE,
    Channel.NEWSLETTER,
]


class CampaignMeasure(Versioned, CcgOwned):
    """One measure of a campaign on one channel (or all) for a period: baseline, target, actual."""

    campaign = models.ForeignKey(
        "campaigns.Campaign", on_delete=models.CASCADE, related_name="measures"
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, blank=True)
    metric = models.CharField(max_length=200)
    baseline = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    target = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    actual = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    period_starts_on = models.DateField()
    period_ends_on = models.DateField()

    class Meta:
        ordering = ["period_starts_on", "channel", "metric"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_ends_on__gte=models.F("period_starts_on")),
                name="campaign_measure_period_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.metric

    def clean(self):
        # On the field, before the check constraint's own (top of the form) message.
        starts, ends = self.period_starts_on, self.period_ends_on
        if starts and ends and ends < starts:
            raise ValidationError(
                {"period_ends_on": "The end of the period must be on or after its start"}
            )

    @property
    def target_met(self) -> bool | None:
        if self.actual is None or self.target is None:
            return None
        return self.actual >= self.target


class CampaignLesson(CcgOwned):
    """Learning captured at the end of a campaign: what worked, what to do differently."""

    campaign = models.ForeignKey(
        "campaigns.Campaign", on_delete=models.CASCADE, related_name="lessons"
    )
    worked = models.TextField("What worked", blank=True)
    change = models.TextField("What we would do differently", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at"]

    def __str__(self) -> str:
        return f"Learning from {self.campaign}"


class ChannelFigures(Versioned, CcgOwned):
    """A CCG's figures for one digital channel in one month (the first day of the month)."""

    channel = models.CharField(max_length=20, choices=Channel.choices)
    month = models.DateField(help_text="The first day of the month.")
    followers = models.PositiveIntegerField(null=True, blank=True)
    reach = models.PositiveIntegerField("Reach or impressions", null=True, blank=True)
    engagement = models.PositiveIntegerField(null=True, blank=True)
    subscribers = models.PositiveIntegerField(null=True, blank=True)
    page_views = models.PositiveIntegerField(null=True, blank=True)

    FIGURES = ("followers", "reach", "engagement", "subscribers", "page_views")

    class Meta:
        ordering = ["-month", "channel"]
        verbose_name_plural = "channel figures"
        constraints = [
            models.UniqueConstraint("ccg", "channel", "month", name="channel_figures_one_a_month"),
            models.CheckConstraint(
                condition=models.Q(month__day=1), name="channel_figures_month_starts_on_day_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()}, {self.month:%B %Y}"
