"""What happened with a stakeholder: meetings, briefings, calls, e-mails, events attended."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned

from .choices import InteractionKind
from .register import Contact, Organisation, same_ccg_errors


class Interaction(CcgOwned):
    """On a contact, an organisation or both. Later features (enquiries, events) add theirs
    through `services.interaction_record`."""

    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.PROTECT, related_name="interactions"
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="interactions",
    )
    kind = models.CharField(max_length=20, choices=InteractionKind.choices)
    occurred_on = models.DateField(default=timezone.localdate)
    summary = models.TextField()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [
            models.Index(fields=["contact", "occurred_on"]),
            models.Index(fields=["organisation", "occurred_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(contact__isnull=False) | models.Q(organisation__isnull=False),
                name="interaction_has_a_stakeholder",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.occurred_on:%d %b %Y}"

    def clean(self) -> None:
        errors = same_ccg_errors(self, "contact", "organisation")
        if self.contact_id is None and self.organisation_id is None:
            errors["contact"] = "Record the interaction on a contact or an organisation."
        if self.occurred_on and self.occurred_on > timezone.localdate():
            errors["occurred_on"] = "The date must be today or in the past."
        if errors:
            raise ValidationError(errors)
