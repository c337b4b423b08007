"""Lines to take: the library of approved reactive statements. A line is written once by its
lead CCG and may be shared with others (CcgShared): each reads it, the lead alone changes it.
A press officer answering a media enquiry takes a line as the draft of the response; the
item's own sign-off rule still applies (services/lines.py)."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgShared
from core.concurrency import Versioned


class LineToTake(CcgShared, Versioned):
    topic = models.CharField(max_length=200)
    text = models.TextField("Line to take")
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Someone who may sign off responses in the lead CCG.",
    )
    signed_off_on = models.DateField("Date signed off")
    valid_until = models.DateField(help_text="After this date it is not offered for reuse.")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "line to take"
        verbose_name_plural = "lines to take"
        ordering = ["topic", "pk"]
        indexes = [models.Index(fields=["ccg", "valid_until"], name="line_ccg_valid_idx")]

    def __str__(self) -> str:
        return self.topic

    def is_expired(self, today: datetime.date | None = None) -> bool:
        return self.valid_until < (today or timezone.localdate())

    @property
    def expired(self) -> bool:
        return self.is_expired()

    def clean(self) -> None:
        errors = {}
        if self.signed_off_on and self.signed_off_on > timezone.localdate():
            errors["signed_off_on"] = "The date signed off cannot be in the future."
        if self.signed_off_on and self.valid_until and self.valid_until < self.signed_off_on:
            errors["valid_until"] = "The valid-until date must be on or after the date signed off."
        if errors:
            raise ValidationError(errors)
