"""Distribution lists, the subscriptions that carry their GDPR evidence, and suppressions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import LawfulBasis, SuppressionReason, WithdrawalReason
from .register import Contact, same_ccg_errors


class DistributionList(CcgOwned, Versioned):
    """A mailing list: GP bulletin, patient newsletter, PPG "Your Voice"..."""

    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    archived = models.BooleanField(default=False, help_text="No new subscriptions.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", Lower("name"), name="distribution_list_name_ci_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Subscription(CcgOwned):
    """A contact on a list, with the evidence for it. Withdrawing keeps the row (and so the
    evidence); a later re-subscription is a new row."""

    distribution_list = models.ForeignKey(
        DistributionList, on_delete=models.PROTECT, related_name="subscriptions"
    )
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="subscriptions")
    lawful_basis = models.CharField(max_length=30, choices=LawfulBasis.choices)
    consent_date = models.DateField(
        null=True, blank=True, help_text="When they gave consent (needed when that is the basis)."
    )
    source = models.CharField(
        max_length=200, help_text="Where it came from: a form, an event, an import..."
    )
    subscribed_on = models.DateField(default=timezone.localdate)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_on = models.DateField(null=True, blank=True)
    withdrawal_reason = models.CharField(
        max_length=20, choices=WithdrawalReason.choices, blank=True
    )
    withdrawal_note = models.CharField(max_length=200, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-subscribed_on", "-id"]
        indexes = [models.Index(fields=["distribution_list", "withdrawn_on"])]
        constraints = [
            models.UniqueConstraint(
                "distribution_list",
                "contact",
                condition=models.Q(withdrawn_on__isnull=True),
                name="subscription_one_active_per_list",
            ),
            models.CheckConstraint(
                condition=~models.Q(lawful_basis=LawfulBasis.CONSENT)
                | models.Q(consent_date__isnull=False),
                name="subscription_consent_has_a_date",
            ),
            models.CheckConstraint(
                condition=models.Q(withdrawn_on__isnull=True) | ~models.Q(withdrawal_reason=""),
                name="subscription_withdrawal_has_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact} on {self.distribution_list}"

    def clean(self) -> None:
        errors = same_ccg_errors(self, "distribution_list", "contact")
        if self.lawful_basis == LawfulBasis.CONSENT and not self.consent_date:
            errors["consent_date"] = "Enter the date they gave consent."
        if self.consent_date and self.consent_date > timezone.localdate():
            errors["consent_date"] = "The consent date must be today or in the past."
        if self.withdrawn_on and self.withdrawn_on < self.subscribed_on:
            errors["withdrawn_on"] = "They cannot withdraw before they subscribed."
        if errors:
            raise ValidationError(errors)

    @property
    def is_active(self) -> bool:
        return self.withdrawn_on is None


class Suppression(CcgOwned):
    """The minimum kept about someone who withdrew or was erased: a one-way hash of their
    e-mail or of their name and organisation, so an import or sign-up does not bring them
    back. `distribution_list` empty means every list and the register itself (erasure)."""

    key = models.CharField(max_length=64)
    distribution_list = models.ForeignKey(
        DistributionList, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=SuppressionReason.choices)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        indexes = [models.Index(fields=["ccg", "key"])]
        constraints = [
            models.UniqueConstraint(
                "ccg",
                "key",
                condition=models.Q(distribution_list__isnull=True),
                name="suppression_register_key_once",
            ),
            models.UniqueConstraint(
                "ccg",
                "key",
                "distribution_list",
                condition=models.Q(distribution_list__isnull=False),
                name="suppression_list_key_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.created_at:%d %b %Y})"
