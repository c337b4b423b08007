"""KPI snapshots over time, and each CCG's targets: the governing body dashboard reads them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from accounts.scoping import CcgOwned
from core.models import BackgroundJob


class KpiSnapshot(CcgOwned):
    """The CCG's KPIs on one day, taken nightly (month to date, or as they stood at the end of
    the day); taking the day again replaces it. `figures` maps each KPI's key to its value:
    {"value": 87.5, "numerator": 7, "denominator": 8, "breakdown": {...}}."""

    taken_on = models.DateField()
    taken_at = models.DateTimeField(default=timezone.now)
    figures = models.JSONField(default=dict)

    class Meta:
        ordering = ["-taken_on"]
        constraints = [
            models.UniqueConstraint("ccg", "taken_on", name="one_snapshot_per_ccg_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.ccg} on {self.taken_on}"


def kpi_choices() -> list[tuple[str, str]]:
    """The catalogue's KPIs that have a good direction (a callable: a KPI added to the
    catalogue needs no migration)."""
    from .kpis import CATALOGUE

    return [(kpi.key, kpi.name) for kpi in CATALOGUE.values() if kpi.has_target]


class KpiTarget(CcgOwned):
    """A CCG's target for one KPI and where amber ends: at or better than the target is green,
    between the target and the amber limit amber, beyond the limit red."""

    kpi = models.CharField("KPI", max_length=60, choices=kpi_choices)
    target = models.DecimalField(max_digits=9, decimal_places=1)
    amber_limit = models.DecimalField(
        max_digits=9,
        decimal_places=1,
        help_text="Values between the target and this limit are amber; beyond it, red. For "
        "'higher is better' KPIs it is below the target, for 'lower is better' above it.",
    )

    class Meta:
        verbose_name = "KPI target"
        ordering = ["ccg", "kpi"]
        constraints = [models.UniqueConstraint("ccg", "kpi", name="one_target_per_kpi_per_ccg")]

    def __str__(self) -> str:
        return f"{self.get_kpi_display()} ({self.ccg})"

    def clean(self) -> None:
        from .kpis import CATALOGUE, Direction

        kpi = CATALOGUE.get(self.kpi)
        if kpi is None or self.target is None or self.amber_limit is None:
            return
        if kpi.direction == Direction.UP and self.amber_limit > self.target:
            raise ValidationError(
                {
                    "amber_limit": "Higher is better for this KPI: enter an amber limit at or "
                    "below the target."
                }
            )
        if kpi.direction == Direction.DOWN and self.amber_limit < self.target:
            raise ValidationError(
                {
                    "amber_limit": "Lower is better for this KPI: enter an amber limit at or "
                    "above the target."
                }
            )


class MonthlyReport(CcgOwned):
    """The one-page monthly KPI report of a CCG, as made on the first working day of the next
    month (or again on demand), from the snapshots; kept for the reports archive."""

    month = models.DateField(help_text="The first day of the month reported on.")
    made_at = models.DateTimeField(default=timezone.now)
    pdf = models.BinaryField()
    xlsx = models.BinaryField()

    class Meta:
        ordering = ["-month", "ccg"]
        constraints = [
            models.UniqueConstraint("ccg", "month", name="one_monthly_report_per_ccg_and_month")
        ]

    def __str__(self) -> str:
        return f"{self.ccg}: KPI report for {self.month:%B %Y}"


class ReportKind(models.TextChoices):
    MONTHLY_KPIS = "monthly_kpis", "Monthly KPI report"
    ACTION_PLAN = "action_plan", "Action-plan report (RAG)"


class ReportDistribution(CcgOwned):
    """Who is e-mailed a CCG's reports when they are made (once per report), and whether the
    CCG has the fortnightly action-plan report. Administrators keep it in the admin."""

    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        help_text="People of the CCG who are e-mailed a link to each report when it is made.",
    )
    action_plan_fortnightly = models.BooleanField(
        "make the fortnightly action-plan report",
        default=False,
        help_text="The action plans' items with owner, target date, status and RAG, every "
        "other week on its first working day.",
    )

    class Meta:
        verbose_name = "report distribution"
        constraints = [models.UniqueConstraint("ccg", name="one_report_distribution_per_ccg")]

    def __str__(self) -> str:
        return f"Report distribution of {self.ccg}"


class ActionPlanReport(CcgOwned):
    """The fortnightly action-plan report (RAG) of a CCG, as the items stood when it was made;
    `fortnight` is the Monday it starts. Kept for the reports archive."""

    fortnight = models.DateField(help_text="The Monday the fortnight starts.")
    made_at = models.DateTimeField(default=timezone.now)
    pdf = models.BinaryField()
    xlsx = models.BinaryField()

    class Meta:
        ordering = ["-fortnight", "ccg"]
        constraints = [
            models.UniqueConstraint("ccg", "fortnight", name="one_action_plan_report_per_fortnight")
        ]

    def __str__(self) -> str:
        return f"{self.ccg}: action-plan report of the fortnight from {self.fortnight:%-d %B %Y}"


class RegenerationStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Being made"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


class ReportRegeneration(CcgOwned, BackgroundJob):
    """A report asked for again from the archive, made by a worker: the archive's report is
    replaced when it is done. `period` is the month's first day or the fortnight's Monday."""

    kind = models.CharField(max_length=20, choices=ReportKind.choices)
    period = models.DateField()
    status = models.CharField(
        max_length=10, choices=RegenerationStatus.choices, default=RegenerationStatus.QUEUED
    )
    phase = models.CharField(max_length=100, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["status", "requested_at"], name="report_regen_status_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.ccg}, {self.period}"

    @property
    def is_running(self) -> bool:
        return self.status in (RegenerationStatus.QUEUED, RegenerationStatus.RUNNING)
