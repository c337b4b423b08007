"""Engagement activities: who came, who we meant to reach, and whom we reached."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import ActivityKind, CycleStage


def same_ccg_errors(obj: CcgOwned, *fields: str) -> dict[str, str]:
    """Related records must belong to the object's own CCG."""
    errors = {}
    for name in fields:
        related = getattr(obj, name)
        if related is not None and related.ccg_id != obj.ccg_id:
            label = obj._meta.get_field(name).verbose_name
            errors[name] = f"Choose a {label} of the same CCG."
    return errors


class Event(CcgOwned, Versioned):
    title = models.CharField(max_length=200)
    kind = models.CharField("type of activity", max_length=30, choices=ActivityKind.choices)
    programme = models.ForeignKey(
        "engagement.Programme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    locality = models.ForeignKey(
        "accounts.Locality", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    cycle_stage = models.CharField(
        "engagement cycle stage", max_length=20, choices=CycleStage.choices, blank=True
    )
    starts_at = models.DateTimeField("start")
    ends_at = models.DateTimeField("end")
    venue = models.CharField(max_length=300, blank=True)
    venue_capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="How many people the venue says it holds."
    )
    online_link = models.URLField(blank=True)
    accessibility = models.TextField(
        "accessibility arrangements",
        blank=True,
        help_text="For example: hearing loop, BSL interpreter, step-free access, easy read.",
    )
    description = models.TextField(blank=True)
    target_segments = models.ManyToManyField(
        "stakeholders.Segment", blank=True, related_name="engagement_events_targeting"
    )
    seldom_heard_reached = models.ManyToManyField(
        "stakeholders.Segment", blank=True, related_name="engagement_events_reaching"
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Not a PositiveIntegerField: a negative number must reach clean() and its plain message.
    attendance = models.IntegerField(null=True, blank=True)
    attendance_confirmed = models.BooleanField(
        "attendance above the venue's capacity is right", default=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-starts_at", "-id"]
        indexes = [
            models.Index(fields=["ccg", "starts_at"], name="event_ccg_starts_idx"),
            models.Index(fields=["locality", "starts_at"], name="event_locality_starts_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(attendance__isnull=True) | models.Q(attendance__gte=0),
                name="event_attendance_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_over_capacity(self) -> bool:
        return bool(
            self.attendance is not None
            and self.venue_capacity is not None
            and self.attendance > self.venue_capacity
        )

    def clean(self) -> None:
        errors = same_ccg_errors(self, "programme", "locality")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The end must be after the start."
        if self.attendance is not None and self.attendance < 0:
            errors["attendance"] = "Attendance cannot be below zero."
        elif self.is_over_capacity and not self.attendance_confirmed:
            errors["attendance"] = (
                f"Attendance of {self.attendance} is above the venue's stated capacity of "
                f"{self.venue_capacity}. Check the number, or confirm that it is right."
            )
        if errors:
            raise ValidationError(errors)


class EventAttendee(CcgOwned):
    """A contact from the register who came: personal data, so its changes are audited. The
    interaction it added to their history is kept, so adding them again adds nothing."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="attendees")
    contact = models.ForeignKey(
        "stakeholders.Contact", on_delete=models.PROTECT, related_name="engagement_events"
    )
    interaction = models.ForeignKey(
        "stakeholders.Interaction", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint("event", "contact", name="one_attendance_per_contact")
        ]

    def __str__(self) -> str:
        return f"{self.contact} at {self.event}"
