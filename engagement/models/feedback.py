""" "You said" (feedback) and "we did" (the CCG's response to an item or a whole theme).

What the public sees is a copy of a response taken when it is published: later edits stay
private until the response is published again, and nothing of the contributor is ever copied."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import CLOSED_STATUSES, FeedbackSource, ResponseStatus, Sentiment
from .events import same_ccg_errors


class Feedback(CcgOwned, Versioned):
    text = models.TextField("what they said")
    source = models.CharField(max_length=20, choices=FeedbackSource.choices)
    received_on = models.DateField("date heard")
    event = models.ForeignKey(
        "engagement.Event",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="feedback",
    )
    themes = models.ManyToManyField("engagement.Theme", blank=True, related_name="feedback")
    sentiment = models.CharField(max_length=10, choices=Sentiment.choices, default="neutral")
    # The contributor (optional, personal data): never on a public page, feed or report.
    contributor_name = models.CharField(max_length=200, blank=True)
    contributor_email = models.EmailField(blank=True)
    contributor_phone = models.CharField(max_length=40, blank=True)
    wants_feedback = models.BooleanField("agreed to be contacted about what we did", default=False)
    fed_back_on = models.DateField("told them what we did on", null=True, blank=True)
    fed_back_how = models.CharField("how we told them", max_length=300, blank=True)
    fed_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contributor_erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "feedback"
        ordering = ["-received_on", "-id"]
        permissions = [
            ("identify_feedback", "Can see who gave feedback and how to contact them"),
        ]
        indexes = [models.Index(fields=["ccg", "received_on"], name="feedback_ccg_received_idx")]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"

    @property
    def has_contributor(self) -> bool:
        return bool(self.contributor_name or self.contributor_email or self.contributor_phone)

    @property
    def can_be_contacted(self) -> bool:
        return bool(self.contributor_email or self.contributor_phone)

    def clean(self) -> None:
        errors = same_ccg_errors(self, "event")
        if self.received_on and self.received_on > timezone.localdate():
            errors["received_on"] = "The date heard cannot be in the future."
        if self.source == FeedbackSource.EVENT and not self.event_id:
            errors["event"] = "Choose the event where this was said."
        if self.wants_feedback and not self.can_be_contacted:
            errors["contributor_email"] = (
                "Enter an e-mail address or phone number so that we can tell them what we did, "
                "or untick 'agreed to be contacted'."
            )
        if errors:
            raise ValidationError(errors)


class Response(CcgOwned, Versioned):
    """ "We did": the answer to one feedback item or to a whole theme."""

    feedback = models.OneToOneField(
        Feedback, null=True, blank=True, on_delete=models.PROTECT, related_name="response"
    )
    theme = models.ForeignKey(
        "engagement.Theme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="responses",
    )
    you_said = models.TextField(
        "you said (as the public will read it)",
        help_text="A summary in plain words, with no names or other details of anyone.",
    )
    we_did = models.TextField("we did, or we will", blank=True)
    status = models.CharField(
        max_length=20, choices=ResponseStatus.choices, default=ResponseStatus.PLANNED
    )
    not_possible_reason = models.TextField("why it is not possible", blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The due instant, from the working-time engine; each response keeps its own rule.
    heard_on = models.DateField(editable=False)
    working_days = models.PositiveSmallIntegerField(editable=False)
    due_at = models.DateTimeField(editable=False)
    due_explanation = models.JSONField(default=list, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_reminder_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The public copy.
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_you_said = models.TextField(blank=True, editable=False)
    published_we_did = models.TextField(blank=True, editable=False)
    published_status = models.CharField(
        max_length=20, choices=ResponseStatus.choices, blank=True, editable=False
    )
    published_reason = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(feedback__isnull=False, theme__isnull=True)
                | models.Q(feedback__isnull=True, theme__isnull=False),
                name="response_to_feedback_or_theme",
            ),
        ]
        indexes = [
            models.Index(
                fields=["next_reminder_at"],
                name="response_reminder_due_idx",
                condition=models.Q(next_reminder_at__isnull=False),
            ),
            models.Index(
                fields=["-published_at"],
                name="response_published_idx",
                condition=models.Q(published_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.you_said if len(self.you_said) <= 60 else self.you_said[:59] + "…"

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def has_unpublished_changes(self) -> bool:
        return self.is_published and (
            self.published_you_said != self.you_said
            or self.published_we_did != self.we_did
            or self.published_status != self.status
            or self.published_reason != self.not_possible_reason
        )

    def clean(self) -> None:
        errors = same_ccg_errors(self, "feedback", "theme")
        if (self.feedback_id is None) == (self.theme_id is None):
            errors["theme"] = "Respond to one feedback item or to one theme."
        if self.status == ResponseStatus.NOT_POSSIBLE and not self.not_possible_reason.strip():
            errors["not_possible_reason"] = "Say why it is not possible: the public will read it."
        if errors:
            raise ValidationError(errors)
