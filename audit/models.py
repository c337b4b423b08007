"""The access log of personal data: who saw or exported whose details, when, where from.

Changes to personal data are in django-simple-history; this log is for reads: a contact's page,
an export of contacts or of a mailing list, a subject-access export, a feedback contributor.
Rows are only ever added; the retention job removes them after the configured time, and on
Postgres a trigger refuses any other update or delete (migration 0002)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.scoping import CcgOwned


class Action(models.TextChoices):
    CONTACT_VIEWED = "contact_viewed", "Contact viewed"
    CONTACTS_EXPORTED = "contacts_exported", "Contacts exported"
    LIST_EXPORTED = "list_exported", "Mailing list exported"
    SUBJECT_ACCESS_EXPORTED = "subject_access_exported", "Subject access export"
    CONTRIBUTOR_VIEWED = "contributor_viewed", "Feedback contributor viewed"


class PersonalDataAccess(CcgOwned):
    """One access in one CCG (an export across two CCGs is two rows, so each CCG's
    administrators see their own). `record_ids` are the people whose details went out: contact
    ids, or the feedback item's id for a contributor; `subject` is what was asked for."""

    at = models.DateTimeField(default=timezone.now, editable=False)
    # PROTECT: an account that has read personal data is deactivated, not deleted, while the
    # log still names it.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    user_email = models.EmailField("user's e-mail address", help_text="As it was at the time.")
    action = models.CharField(max_length=30, choices=Action.choices)
    subject_type = models.CharField(
        max_length=60, help_text='A model label, e.g. "stakeholders.contact".'
    )
    subject_id = models.BigIntegerField(null=True, blank=True)
    record_count = models.PositiveIntegerField("records")
    record_ids = models.JSONField(default=list)
    filters = models.TextField(blank=True, help_text="The export's filter, as its query string.")
    path = models.CharField(max_length=500)
    client_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = "personal data access"
        verbose_name_plural = "access log of personal data"
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["ccg", "-at"], name="pda_ccg_at_idx"),
            models.Index(fields=["at"], name="pda_at_idx"),  # the retention job
            models.Index(fields=["subject_type", "subject_id"], name="pda_subject_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.user_email} at {self.at:%Y-%m-%d %H:%M}"
