"""The register itself: segments, organisations and the people in them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import ContactKind, FormatNeed, OrganisationType, Sector, SegmentKind
from .scores import Scored, score_constraints

# How deep the segment tree may go: audience group > sub-group > sub-sub-group is plenty.
SEGMENT_MAX_DEPTH = 3
NEED_LABELS = dict(FormatNeed.choices)


def same_ccg_errors(obj: CcgOwned, *fields: str) -> dict[str, str]:
    """Related records must belong to the object's own CCG."""
    errors = {}
    for name in fields:
        related = getattr(obj, name)
        if related is not None and related.ccg_id != obj.ccg_id:
            errors[name] = f"Choose a {obj._meta.get_field(name).verbose_name} of the same CCG."
    return errors


class Segment(CcgOwned, Versioned):
    """An audience group, place, theme or seldom-heard group, in a small hierarchy."""

    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=SegmentKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    description = models.TextField(
        blank=True, help_text="Who they are and how we reach them (Darlington's matrix)."
    )

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint("ccg", Lower("name"), name="segment_name_ci_unique_per_ccg")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.parent_id is None:
            return
        errors = same_ccg_errors(self, "parent")
        depth, node = 1, self.parent
        while node is not None:
            if node.pk == self.pk:
                errors["parent"] = "A segment cannot sit inside itself."
                break
            depth, node = depth + 1, node.parent
        if depth > SEGMENT_MAX_DEPTH and "parent" not in errors:
            errors["parent"] = f"Segments go at most {SEGMENT_MAX_DEPTH} levels deep."
        if errors:
            raise ValidationError(errors)


class Organisation(CcgOwned, Scored, Versioned):
    name = models.CharField(max_length=200)
    type = models.CharField(max_length=30, choices=OrganisationType.choices, default="other")
    sector = models.CharField(max_length=30, choices=Sector.choices, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    locality = models.ForeignKey(
        "accounts.Locality", null=True, blank=True, on_delete=models.SET_NULL
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    website = models.URLField(blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            # Case-insensitive, so an import's "sefton cvs" finds "Sefton CVS".
            models.UniqueConstraint(
                "ccg", Lower("name"), name="organisation_name_ci_unique_per_ccg"
            ),
            *score_constraints("organisation"),
        ]
        # Exact look-ups by name, as other apps' pickers and import-export's widgets make.
        indexes = [models.Index(fields=["ccg", "name"], name="organisation_ccg_name")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = same_ccg_errors(self, "parent")
        if self.parent_id and self.parent_id == self.pk:
            errors["parent"] = "An organisation cannot be its own parent."
        if self.locality_id and self.locality.ccg_id != self.ccg_id:
            errors["locality"] = "Choose a locality of the same CCG."
        if errors:
            raise ValidationError(errors)


class Contact(CcgOwned, Scored, Versioned):
    """A person the comms team deals with. Personal data: every change is in the history."""

    kind = models.CharField(max_length=20, choices=ContactKind.choices, default="stakeholder")
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    job_title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    mobile = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    locality = models.ForeignKey(
        "accounts.Locality", null=True, blank=True, on_delete=models.SET_NULL
    )
    constituency = models.CharField(max_length=100, blank=True, help_text="MPs only.")
    party = models.CharField(max_length=100, blank=True)
    authority = models.CharField(max_length=100, blank=True, help_text="Councillors only.")
    ward = models.CharField(max_length=100, blank=True, help_text="Councillors only.")
    relationship_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notes = models.TextField(blank=True)
    segments = models.ManyToManyField(Segment, blank=True, related_name="contacts")
    # Accessible Information Standard: shown wherever the contact is used, exports included.
    format_needs = models.JSONField(default=list, blank=True)
    preferred_language = models.CharField(max_length=100, blank=True)
    communication_notes = models.CharField("other communication needs", max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    retention_reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Segment membership (a seldom-heard group, say) is personal data too.
    history = HistoricalRecords(m2m_fields=[segments])

    class Meta:
        ordering = ["last_name", "first_name", "id"]
        indexes = [
            models.Index(fields=["ccg", "last_name", "first_name"]),
            models.Index(fields=["ccg", "influence", "interest"], name="contact_ccg_scores"),
            # Exact look-ups by e-mail (other apps, django-import-export's Resource).
            models.Index(fields=["ccg", "email"], name="contact_ccg_email"),
        ]
        constraints = [
            # The register's idea of "the same person": one contact per e-mail in a CCG.
            models.UniqueConstraint(
                "ccg",
                Lower("email"),
                condition=~models.Q(email=""),
                name="contact_email_ci_unique_per_ccg",
                violation_error_message="A contact with this e-mail address is already in the "
                "register.",
            ),
            *score_constraints("contact"),
        ]

    def __str__(self) -> str:
        return self.full_name

    def clean(self) -> None:
        errors = same_ccg_errors(self, "organisation")
        if self.locality_id and self.locality.ccg_id != self.ccg_id:
            errors["locality"] = "Choose a locality of the same CCG."
        if not isinstance(self.format_needs, list):
            errors["format_needs"] = "Format needs must be a list."
        elif unknown := set(map(str, self.format_needs)) - set(FormatNeed.values):
            errors["format_needs"] = f"Unknown format needs: {', '.join(sorted(unknown))}."
        if errors:
            raise ValidationError(errors)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)

    @property
    def format_need_labels(self) -> list[str]:
        return [NEED_LABELS.get(code, code) for code in self.format_needs or []]

    @property
    def needs_summary(self) -> str:
        """The needs in one line, as exports and lists show them."""
        parts = self.format_need_labels
        if self.preferred_language:
            parts = [*parts, f"Language: {self.preferred_language}"]
        if self.communication_notes:
            parts = [*parts, self.communication_notes]
        return "; ".join(parts)

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None
