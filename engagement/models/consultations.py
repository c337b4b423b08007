"""Formal consultations, their statutory checklist and the report of what we heard.

12 weeks is the default length (HM Government's Code of Practice on Consultation, which South
Sefton's duties cite); a shorter one needs a reason on record, since "adequate time" is one of
the Gunning principles a court would test it against."""

from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned
from core.concurrency import Versioned

from .choices import StatutoryBasis
from .events import same_ccg_errors

STANDARD_LENGTH = timedelta(weeks=12)


class ChecklistItem(models.TextChoices):
    DUTY_TO_INVOLVE = "duty_to_involve", "Duty to involve patients and the public"
    EIA_BEFORE = "eia_before", "Equality impact assessment before the consultation"
    EIA_AFTER = "eia_after", "Equality impact assessment after the consultation"
    OSC_INFORMED = "osc_informed", "Overview and Scrutiny Committee informed (s.244)"
    GUNNING_FORMATIVE = "gunning_formative", "Gunning 1: proposals still at a formative stage"
    GUNNING_REASONS = "gunning_reasons", "Gunning 2: enough reasons for intelligent consideration"
    GUNNING_TIME = "gunning_time", "Gunning 3: adequate time to consider and respond"
    GUNNING_CONSIDERED = "gunning_considered", "Gunning 4: responses conscientiously considered"
    TEST_GP_SUPPORT = "test_gp_support", "Test 1: support from GP commissioners"
    TEST_ENGAGEMENT = "test_engagement", "Test 2: strengthened public and patient engagement"
    TEST_EVIDENCE = "test_evidence", "Test 3: clarity on the clinical evidence base"
    TEST_CHOICE = "test_choice", "Test 4: consistency with patient choice"


# What to record for each item: the hint shown beside its date and evidence.
CHECKLIST_HINTS = {
    ChecklistItem.DUTY_TO_INVOLVE: "The date the involvement arrangements were agreed.",
    ChecklistItem.EIA_BEFORE: "Done by the day the consultation opens: it informs the options.",
    ChecklistItem.EIA_AFTER: "Done after the consultation closes: it informs the decision-makers.",
    ChecklistItem.OSC_INFORMED: "The date the committee was informed of the proposal.",
    ChecklistItem.GUNNING_FORMATIVE: "How the proposals could still change.",
    ChecklistItem.GUNNING_REASONS: "What information people were given to respond.",
    ChecklistItem.GUNNING_TIME: "How long people had, and why that was enough.",
    ChecklistItem.GUNNING_CONSIDERED: "How the responses were taken into account.",
    ChecklistItem.TEST_GP_SUPPORT: "Planning, assuring and delivering service change, 2015.",
    ChecklistItem.TEST_ENGAGEMENT: "Planning, assuring and delivering service change, 2015.",
    ChecklistItem.TEST_EVIDENCE: "Planning, assuring and delivering service change, 2015.",
    ChecklistItem.TEST_CHOICE: "Planning, assuring and delivering service change, 2015.",
}


class Consultation(CcgOwned, Versioned):
    title = models.CharField(max_length=200)
    programme = models.ForeignKey(
        "engagement.Programme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consultations",
    )
    summary = models.TextField("what is proposed", help_text="Published with the report.")
    opens_on = models.DateField()
    closes_on = models.DateField()
    shortened_reason = models.TextField("why it runs for less than 12 weeks", blank=True)
    statutory_basis = models.CharField(
        "duty to involve", max_length=10, choices=StatutoryBasis.choices, default=StatutoryBasis.CCG
    )
    stakeholder_map = models.ForeignKey(
        "stakeholders.StakeholderMap",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_maker = models.CharField(max_length=200, blank=True, help_text="E.g. Governing Body.")
    decision_on = models.DateField("decision date", null=True, blank=True)
    decision = models.TextField("the decision", blank=True)
    report_heard = models.TextField("what we heard", blank=True)
    report_changed = models.TextField("how it changed the decision", blank=True)
    # Kept by the services from the CCG's policy: the reminder job reads only these dates.
    closing_reminder_on = models.DateField(null=True, blank=True, editable=False)
    report_due_on = models.DateField(null=True, blank=True, editable=False)
    # The public copy of the report, taken when it is published.
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_report = models.JSONField(default=dict, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-opens_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gt=models.F("opens_on")),
                name="consultation_closes_after_opening",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def length(self) -> timedelta | None:
        if self.opens_on and self.closes_on:
            return self.closes_on - self.opens_on
        return None

    @property
    def length_display(self) -> str:
        weeks, days = divmod(self.length.days, 7) if self.length else (0, 0)
        parts = [f"{weeks} week{'s' if weeks != 1 else ''}"] if weeks else []
        if days or not weeks:
            parts.append(f"{days} day{'s' if days != 1 else ''}")
        return " and ".join(parts)

    @property
    def is_shortened(self) -> bool:
        return self.length is not None and self.length < STANDARD_LENGTH

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def has_unpublished_changes(self) -> bool:
        report = self.published_report
        return self.is_published and (
            report.get("heard") != self.report_heard
            or report.get("changed") != self.report_changed
            or report.get("decision") != self.decision
            or report.get("summary") != self.summary
            or report.get("title") != self.title
        )

    def stage(self, today: date) -> str:
        if self.is_published:
            return "Report published"
        if today < self.opens_on:
            return "Not yet open"
        if today <= self.closes_on:
            return "Open"
        return "Closed"

    def clean(self) -> None:
        errors = same_ccg_errors(self, "programme", "stakeholder_map")
        if self.opens_on and self.closes_on and self.closes_on <= self.opens_on:
            errors["closes_on"] = "The closing date must be after the opening date."
        elif self.is_shortened and not self.shortened_reason.strip():
            errors["shortened_reason"] = (
                f"This consultation runs for {self.length_display}, less than 12 weeks. "
                "Record why, or make it 12 weeks long."
            )
        if self.decision_on and self.closes_on and self.decision_on <= self.closes_on:
            errors["decision_on"] = (
                f"The decision must come after the consultation closes on "
                f"{self.closes_on:%-d %B %Y}, so that the responses can be taken into account."
            )
        if errors:
            raise ValidationError(errors)


class ConsultationCheck(CcgOwned):
    """One item of the statutory checklist, done on a date, with the evidence."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="checks")
    item = models.CharField(max_length=30, choices=ChecklistItem.choices)
    done_on = models.DateField(null=True, blank=True)
    evidence = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint("consultation", "item", name="one_check_per_item")]

    def __str__(self) -> str:
        return self.get_item_display()

    def clean(self) -> None:
        consultation, done_on = self.consultation, self.done_on
        errors = {}
        if done_on and done_on > timezone.localdate():
            errors["done_on"] = "The date cannot be in the future."
        elif done_on and self.item == ChecklistItem.EIA_BEFORE and done_on > consultation.opens_on:
            errors["done_on"] = (
                "The equality impact assessment before the consultation must be done by the day "
                f"it opens, {consultation.opens_on:%-d %B %Y}."
            )
        elif done_on and self.item == ChecklistItem.EIA_AFTER and done_on < consultation.closes_on:
            errors["done_on"] = (
                "The equality impact assessment after the consultation must be done on or after "
                f"the day it closes, {consultation.closes_on:%-d %B %Y}."
            )
        if self.evidence.strip() and not done_on:
            errors["done_on"] = "Enter the date this was done."
        if errors:
            raise ValidationError(errors)
