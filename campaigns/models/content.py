"""Content items per channel, and the approvals that sign their words off."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .plans import Channel

APPROVE_CONTENT = "campaigns.approve_content"


class ContentStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    APPROVED = "approved", "Approved"
    SCHEDULED = "scheduled", "Scheduled"
    PUBLISHED = "published", "Published"


class ContentItem(Versioned, CcgOwned):
    """One post, article, release or bulletin piece, planned for a date and time on one channel.

    `approver` is the person asked to approve it (while awaiting approval) and then the one who
    approved it; each approval keeps the words approved (`ContentApproval`)."""

    title = models.CharField(max_length=200)
    channel = models.CharField(max_length=20, choices=Channel.choices)
    planned_at = models.DateTimeField("Planned date and time")
    copy = models.TextField(blank=True)
    assets_link = models.URLField("Link to assets", blank=True)
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="content_items",
    )
    status = models.CharField(
        max_length=20, choices=ContentStatus.choices, default=ContentStatus.DRAFT
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="content_to_approve",
    )
    published_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["planned_at", "title"]
        permissions = [("approve_content", "Can approve content (and press releases) to publish")]
        indexes = [models.Index(fields=["ccg", "status", "planned_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_approved(self) -> bool:
        return self.status in (ContentStatus.APPROVED, ContentStatus.SCHEDULED)


class ContentApproval(models.Model):
    """Who approved which words, and when: a copy of the text as it was approved."""

    content = models.ForeignKey(ContentItem, on_delete=models.CASCADE, related_name="approvals")
    copy = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField()
    ccg_field = "content__ccg"

    class Meta:
        ordering = ["-approved_at"]

    def __str__(self) -> str:
        return f"{self.content} approved by {self.approved_by}"
