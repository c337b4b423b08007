"""The team's own lists: programmes of work, feedback themes, and each CCG's engagement policy."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.text import slugify

from accounts.scoping import CcgOwned

DEFAULT_RESPONSE_WORKING_DAYS = 20
DEFAULT_CLOSING_REMINDER_DAYS = 7
DEFAULT_REPORT_WORKING_DAYS = 40


class Programme(CcgOwned):
    """A programme of work that events and consultations belong to (Shaping Sefton, say)."""

    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", Lower("name"), name="programme_name_ci_unique_per_ccg")
        ]

    def __str__(self) -> str:
        return self.name


class Theme(CcgOwned):
    """A tag for what people told us ("GP access", "Transport"). Themes are public: the
    "you said, we did" page filters by them, across CCGs, by slug."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", Lower("name"), name="theme_name_ci_unique_per_ccg"),
            models.UniqueConstraint("ccg", "slug", name="theme_slug_unique_per_ccg"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.name and not slugify(self.name):
            raise ValidationError({"name": "Use at least one letter or number in the name."})


class EngagementPolicy(CcgOwned):
    """Per CCG, changed by administrators. A change affects new responses only: each response
    keeps the number of working days it was opened with."""

    response_working_days = models.PositiveSmallIntegerField(
        default=DEFAULT_RESPONSE_WORKING_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="A 'we did' response is due this many working days after the feedback.",
    )
    closing_reminder_days = models.PositiveSmallIntegerField(
        default=DEFAULT_CLOSING_REMINDER_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="Remind the owner this many days before a consultation closes.",
    )
    report_working_days = models.PositiveSmallIntegerField(
        default=DEFAULT_REPORT_WORKING_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(250)],
        help_text="A consultation report is due this many working days after it closes.",
    )

    class Meta:
        verbose_name = "engagement policy"
        verbose_name_plural = "engagement policies"
        constraints = [models.UniqueConstraint("ccg", name="one_engagement_policy_per_ccg")]

    def __str__(self) -> str:
        return f"Engagement policy of {self.ccg}"
