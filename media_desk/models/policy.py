"""SLA policies: per CCG and kind of item, the holding-reply and full-response rules."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned


class PolicyKind(models.TextChoices):
    MEDIA = "media", "Media enquiry"
    MEDIA_URGENT = "media-urgent", "Media enquiry, urgent or out of hours"
    MP = "mp", "MP/councillor letter, routine"
    MP_URGENT = "mp-urgent", "MP/councillor letter, urgent"
    BRIEFING = "briefing", "Parliamentary briefing"
    FOI = "foi", "FOI request"
    FOI_REVIEW = "foi-review", "FOI internal review"


class Unit(models.TextChoices):
    WORKING_HOURS = "working_hours", "working hours"
    WORKING_DAYS = "working_days", "working days"
    CLOCK_HOURS = "clock_hours", "clock hours"


class CalendarKind(models.TextChoices):
    ORGANISATION = "organisation", "The CCG's working hours and days"
    FOI = "foi", "FOI working days (FOI Act s.10(6))"


class SlaPolicy(CcgOwned):
    """Changing a policy affects new items only: each item keeps a copy of its rules."""

    kind = models.CharField(max_length=20, choices=PolicyKind.choices)
    holding_amount = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)]
    )
    holding_unit = models.CharField(max_length=20, choices=Unit.choices, blank=True)
    response_amount = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Empty: the requester's deadline is the deadline (parliamentary briefings).",
    )
    response_unit = models.CharField(max_length=20, choices=Unit.choices, blank=True)
    calendar = models.CharField(
        max_length=20, choices=CalendarKind.choices, default=CalendarKind.ORGANISATION
    )
    # FOI only: s.10(3) "such time as is reasonable"; the ICO's guidance is 20 working days more.
    extension_working_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="FOI only: the working days a public interest extension adds after the "
        "original deadline. Empty: 20 (the ICO's guidance).",
    )
    requires_sign_off = models.BooleanField(
        default=True, help_text="The response cannot be marked sent until it has been signed off."
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "SLA policy"
        verbose_name_plural = "SLA policies"
        ordering = ["ccg", "kind"]
        constraints = [models.UniqueConstraint("ccg", "kind", name="one_sla_policy_per_kind")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.ccg})"

    def clean(self) -> None:
        for part in ("holding", "response"):
            amount, unit = getattr(self, f"{part}_amount"), getattr(self, f"{part}_unit")
            if bool(amount) != bool(unit):
                raise ValidationError(
                    {f"{part}_unit": "Give both the amount and the unit, or neither."}
                )
        if self.calendar == CalendarKind.FOI and Unit.WORKING_HOURS in (
            self.holding_unit,
            self.response_unit,
        ):
            raise ValidationError({"response_unit": "The FOI calendar counts working days only."})
