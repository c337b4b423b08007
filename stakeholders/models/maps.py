"""Stakeholder maps: one per programme or consultation, each with its own scores, because the
same person matters differently to different programmes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import MapPurpose
from .register import Contact, Organisation, same_ccg_errors
from .scores import Scored, score_constraints


class StakeholderMap(CcgOwned, Versioned):
    name = models.CharField(max_length=200, help_text="The programme or consultation mapped.")
    purpose = models.CharField(max_length=20, choices=MapPurpose.choices)
    description = models.TextField(blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", Lower("name"), name="stakeholder_map_name_ci_unique")
        ]

    def __str__(self) -> str:
        return self.name


class MapEntry(CcgOwned, Scored, Versioned):
    """One contact or one organisation on a map, with the map's own scores."""

    stakeholder_map = models.ForeignKey(
        StakeholderMap, on_delete=models.CASCADE, related_name="entries"
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="map_entries"
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="map_entries",
    )
    notes = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "map entries"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(contact__isnull=False, organisation__isnull=True)
                | models.Q(contact__isnull=True, organisation__isnull=False),
                name="map_entry_one_stakeholder",
            ),
            models.UniqueConstraint(
                "stakeholder_map",
                "contact",
                condition=models.Q(contact__isnull=False),
                name="map_entry_contact_once",
            ),
            models.UniqueConstraint(
                "stakeholder_map",
                "organisation",
                condition=models.Q(organisation__isnull=False),
                name="map_entry_organisation_once",
            ),
            *score_constraints("map_entry"),
        ]

    def __str__(self) -> str:
        return str(self.contact or self.organisation)

    @property
    def stakeholder(self) -> Contact | Organisation:
        return self.contact or self.organisation

    def clean(self) -> None:
        errors = same_ccg_errors(self, "stakeholder_map", "contact", "organisation")
        if (self.contact_id is None) == (self.organisation_id is None):
            errors["contact"] = "Map either a contact or an organisation."
        for field in ("interest", "influence"):
            if getattr(self, field) is None:
                errors[field] = f"Enter the {field}, from 1 to 5."
        if errors:
            raise ValidationError(errors)
