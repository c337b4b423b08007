"""The desk's items: media enquiries, MP/councillor letters, parliamentary briefings, FOI requests.

One model for the four kinds, so that one queue sorts them by what is due first. Each item keeps a
copy of the SLA rules in force when it was logged (a later policy change affects new items only)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .policy import CalendarKind, PolicyKind, Unit


class Kind(models.TextChoices):
    MEDIA = "media", "Media enquiry"
    MP = "mp", "MP/councillor letter"
    BRIEFING = "briefing", "Parliamentary briefing"
    FOI = "foi", "FOI request"


class Channel(models.TextChoices):
    PHONE = "phone", "Phone"
    EMAIL = "email", "E-mail"
    LETTER = "letter", "Letter"
    SOCIAL = "social", "Social media"
    IN_PERSON = "in_person", "In person"
    WEBSITE = "website", "Website form"


class Urgency(models.TextChoices):
    ROUTINE = "routine", "Routine"
    URGENT = "urgent", "Urgent (patient care or reputation)"


class Category(models.TextChoices):
    GENERAL = "general", "General"
    SERVICE_CHANGE = "service_change", "Service change"
    PRIMARY_CARE = "primary_care", "GP and primary care"
    URGENT_CARE = "urgent_care", "Urgent and emergency care"
    MENTAL_HEALTH = "mental_health", "Mental health"
    FINANCE = "finance", "Finance and funding"
    PERFORMANCE = "performance", "Performance and waiting times"
    # Crisis categories (Darlington's crisis management section).
    SAFEGUARDING = "safeguarding", "Crisis: safeguarding"
    DEATH = "death", "Crisis: healthcare-related death"
    COMMUNICABLE_DISEASE = "communicable_disease", "Crisis: communicable disease"
    MEDIA_INVESTIGATION = "media_investigation", "Crisis: media investigation"
    SERIOUS_INCIDENT = "serious_incident", "Crisis: serious untoward incident"
    PROVIDER_PERFORMANCE = "provider_performance", "Crisis: provider performance"
    INFECTION = "infection", "Crisis: healthcare acquired infection"
    EPRR = "eprr", "Crisis: emergency preparedness (EPRR) event"


CRISIS_CATEGORIES = frozenset(c for c in Category if c.label.startswith("Crisis"))


class Partner(models.TextChoices):
    NHS_ENGLAND = "nhs_england", "NHS England"
    COUNCIL = "council", "Local council"
    PROVIDERS = "providers", "Providers"
    NEIGHBOURING_CCGS = "neighbouring_ccgs", "Neighbouring CCGs"
    HEALTHWATCH = "healthwatch", "Healthwatch"


class Enquiry(CcgOwned, Versioned):
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # Requester: a journalist and outlet, an MP or councillor, or a member of the public (FOI).
    requester_contact = models.ForeignKey(
        "stakeholders.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The journalist, MP or councillor in the stakeholder register, when known.",
    )
    requester_name = models.CharField(max_length=200, blank=True)
    requester_outlet = models.CharField("Outlet or organisation", max_length=200, blank=True)
    requester_email = models.EmailField(blank=True)
    requester_phone = models.CharField(max_length=40, blank=True)
    constituent_name = models.CharField(
        max_length=200, blank=True, help_text="MP letters written for a constituent."
    )
    received_at = models.DateTimeField()
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.PHONE)
    requester_deadline = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(max_length=250)
    details = models.TextField(blank=True)
    category = models.CharField(max_length=30, choices=Category.choices, default=Category.GENERAL)
    urgency = models.CharField(max_length=10, choices=Urgency.choices, default=Urgency.ROUTINE)
    out_of_hours = models.BooleanField(default=False, editable=False)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    spokesperson = models.ForeignKey(
        "media_desk.Spokesperson", null=True, blank=True, on_delete=models.SET_NULL
    )
    partners_informed = models.JSONField(default=list, blank=True)
    referred_from = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="foi_referral"
    )
    # The rules copied from the policy at logging time.
    policy_kind = models.CharField(max_length=20, choices=PolicyKind.choices, editable=False)
    holding_amount = models.PositiveSmallIntegerField(null=True, editable=False)
    holding_unit = models.CharField(max_length=20, choices=Unit.choices, blank=True, editable=False)
    response_amount = models.PositiveSmallIntegerField(null=True, editable=False)
    response_unit = models.CharField(
        max_length=20, choices=Unit.choices, blank=True, editable=False
    )
    calendar = models.CharField(max_length=20, choices=CalendarKind.choices, editable=False)
    requires_sign_off = models.BooleanField(default=True, editable=False)
    # Replies and sign-off.
    holding_reply = models.TextField(blank=True)
    holding_sent_at = models.DateTimeField(null=True, blank=True)
    response = models.TextField(blank=True)
    line_used = models.ForeignKey(
        "media_desk.LineToTake",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="used_in",
        help_text="The line to take the response was drafted from.",
    )
    signed_off_by = models.CharField(max_length=200, blank=True, help_text="Who approved it.")
    signed_off_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closure_note = models.CharField(max_length=300, blank=True)
    # FOI: clarification restarts the clock, a fees notice pauses it; internal review.
    clarification_requested_at = models.DateTimeField(null=True, blank=True)
    clarification_received_at = models.DateTimeField(null=True, blank=True)
    fees_notice_at = models.DateTimeField(null=True, blank=True)
    fee_received_at = models.DateTimeField(null=True, blank=True)
    review_requested_at = models.DateTimeField(null=True, blank=True)
    review_extended = models.BooleanField(default=False)
    review_completed_at = models.DateTimeField(null=True, blank=True)
    # The earliest open deadline, kept by the deadline service: the queue sorts on it.
    next_due_at = models.DateTimeField(null=True, blank=True, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "enquiries"
        ordering = ["next_due_at", "-received_at"]
        permissions = [
            ("log_enquiry", "Can log a media call or MP letter and follow it"),
            ("sign_off_enquiry", "Can record the sign-off of a response"),
        ]
        indexes = [
            models.Index(fields=["ccg", "next_due_at"], name="enquiry_queue_idx"),
            models.Index(fields=["logged_by", "-received_at"], name="enquiry_logged_by_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    @property
    def is_crisis(self) -> bool:
        return self.category in CRISIS_CATEGORIES

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def partners_informed_labels(self) -> list[str]:
        return [Partner(p).label for p in self.partners_informed if p in Partner.values]

    @property
    def offers_holding_reply(self) -> bool:
        """MP letters have one by policy (with its deadline); for a media enquiry a holding
        statement is an optional first step with no deadline of its own."""
        return bool(self.holding_amount) or self.kind == Kind.MEDIA

    @property
    def holding_label(self) -> str:
        return "Holding statement" if self.kind == Kind.MEDIA else "Holding reply"

    @property
    def requester_as_logged(self) -> str:
        """What whoever logged it typed, for staff pages: never the register's record of a
        journalist. An MP chosen from the list (a public office holder) is named."""
        typed = ", ".join(p for p in (self.requester_name, self.requester_outlet) if p)
        if typed or self.kind != Kind.MP or not self.requester_contact_id:
            return typed
        return str(self.requester_contact)

    @property
    def can_link_requester(self) -> bool:
        """Logged by name only: the comms team may link it to the register."""
        return self.kind in (Kind.MEDIA, Kind.MP) and not self.requester_contact_id

    @property
    def requester_display(self) -> str:
        if self.requester_contact_id:
            return str(self.requester_contact)
        return ", ".join(p for p in (self.requester_name, self.requester_outlet) if p)

    def clean(self) -> None:
        errors = {}
        if self.received_at and self.received_at > timezone.now() + timezone.timedelta(minutes=5):
            errors["received_at"] = "The time received cannot be in the future."
        if (
            self.received_at
            and self.requester_deadline
            and self.requester_deadline <= self.received_at
        ):
            errors["requester_deadline"] = (
                "The requester's deadline must be after the time received."
            )
        if self.kind == Kind.MP and not (self.requester_contact_id or self.requester_name):
            # Not in the list: their name is enough; the comms team links them later.
            errors["requester_contact"] = "Select the MP or councillor, or enter their name"
        if self.kind == Kind.BRIEFING and not self.requester_deadline:
            errors["requester_deadline"] = "Enter the requester's deadline"
        if errors:
            raise ValidationError(errors)
