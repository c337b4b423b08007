"""Action plans: what must be done, by whom and when, for a campaign or for the CCG's
communications and engagement action plan (an item with no campaign)."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .plans import Rag


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"


class ActionItem(Versioned, CcgOwned):
    """One action. `rag` is the owner's own rating; the RAG shown is red whenever the target
    date has passed and the action is not done (see selectors.actions: computed, not stored)."""

    title = models.CharField("Action", max_length=300)
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="action_items",
        help_text="Leave empty for the CCG's communications and engagement action plan.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="action_items"
    )
    target_date = models.DateField()
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, default=ActionStatus.NOT_STARTED
    )
    rag = models.CharField("RAG", max_length=5, choices=Rag.choices, default=Rag.GREEN)
    progress_note = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["target_date", "title"]
        indexes = [models.Index(fields=["ccg", "status", "target_date"])]

    def __str__(self) -> str:
        return self.title
