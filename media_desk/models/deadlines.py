"""Deadlines live in the database and the reminder job polls them (no long-ETA tasks).

`next_reminder_at` is the only column the job reads: the instant the next reminder for this
deadline falls due (the start of the "due soon" window, then the due instant, then nothing).
A partial index over the non-null values keeps the job's query small at a million deadlines."""

import datetime

from django.db import models
from django.utils import timezone


class DeadlineName(models.TextChoices):
    HOLDING = "holding", "Holding reply"
    RESPONSE = "response", "Full response"
    REVIEW = "review", "Internal review"
    # s.10(3): the full response's new deadline after a public interest extension.
    EXTENSION = "extension", "Public interest extension"


class SlaDeadline(models.Model):
    enquiry = models.ForeignKey(
        "media_desk.Enquiry", on_delete=models.CASCADE, related_name="deadlines"
    )
    name = models.CharField(max_length=10, choices=DeadlineName.choices)
    due_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty while the clock is paused."
    )
    warn_at = models.DateTimeField(null=True, blank=True, help_text="Start of the due-soon window.")
    answered_at = models.DateTimeField(null=True, blank=True)
    explanation = models.JSONField(default=list)
    next_reminder_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at"]
        constraints = [models.UniqueConstraint("enquiry", "name", name="one_deadline_per_name")]
        indexes = [
            models.Index(
                fields=["next_reminder_at"],
                name="deadline_reminder_due_idx",
                condition=models.Q(next_reminder_at__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_name_display()} for {self.enquiry_id}"


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", "Due soon"
    OVERDUE = "overdue", "Overdue"


class Reminder(models.Model):
    """One row per deadline, kind and due instant: the unique constraint is what makes a reminder
    go out once, whatever the job does. A moved deadline has a new due instant, so it re-arms."""

    deadline = models.ForeignKey(SlaDeadline, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    due_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint("deadline", "kind", "due_at", name="one_reminder_per_deadline")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} reminder for deadline {self.deadline_id}"

    @property
    def notification_key(self) -> str:
        """The notification service's once-only key: the same identity as the unique constraint."""
        due = self.due_at.astimezone(datetime.UTC).isoformat()
        return f"media_desk.reminder:{self.deadline_id}:{self.kind}:{due}"


class DeadlineMove(models.Model):
    """A deadline moved by a change to its calendar (a closure day, working hours, a bank
    holiday): the item's timeline tells it. One per deadline and calendar change, so the
    recompute job may run twice and the timeline still says it once."""

    deadline = models.ForeignKey(SlaDeadline, on_delete=models.CASCADE, related_name="moves")
    moved_from = models.DateTimeField()
    moved_to = models.DateTimeField()
    because = models.CharField(max_length=300)
    change_id = models.PositiveBigIntegerField(help_text="The accounts.CalendarChange.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint("deadline", "change_id", name="one_move_per_calendar_change")
        ]

    def __str__(self) -> str:
        return f"{self.deadline} moved: {self.because}"
