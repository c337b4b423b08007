"""Reminders go out exactly once: one row per subject, kind and due instant, and the unique
constraints decide who sends it when two jobs race. A due date that moves re-arms them."""

import datetime

from django.db import models

from accounts.scoping import CcgOwned

from .choices import ReminderKind


class Reminder(CcgOwned):
    response = models.ForeignKey(
        "engagement.Response", null=True, on_delete=models.CASCADE, related_name="reminders"
    )
    consultation = models.ForeignKey(
        "engagement.Consultation", null=True, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=30, choices=ReminderKind.choices)
    due_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(response__isnull=False, consultation__isnull=True)
                | models.Q(response__isnull=True, consultation__isnull=False),
                name="engagement_reminder_one_subject",
            ),
            models.UniqueConstraint(
                "response",
                "kind",
                "due_at",
                condition=models.Q(response__isnull=False),
                name="one_reminder_per_response_due",
            ),
            models.UniqueConstraint(
                "consultation",
                "kind",
                "due_at",
                condition=models.Q(consultation__isnull=False),
                name="one_reminder_per_consultation_due",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.due_at:%d %b %Y})"

    @property
    def notification_key(self) -> str:
        """The notification service's once-only key: the same identity as the unique constraints."""
        if self.response_id:
            subject = f"response:{self.response_id}"
        else:
            subject = f"consultation:{self.consultation_id}"
        due = self.due_at.astimezone(datetime.UTC).isoformat()
        return f"engagement.reminder:{subject}:{self.kind}:{due}"
