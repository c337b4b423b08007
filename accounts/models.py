"""Users, CCGs (the tenants) and the memberships that give a user a role in a CCG.

The tenant is called `Ccg`, never "organisation": organisations are in the stakeholder register."""

import datetime

from django.contrib.auth.models import AbstractBaseUser, Group, PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .managers import UserManager


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=150)
    is_staff = models.BooleanField(default=False, help_text="Can open the Django admin.")
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])
    # A user belongs to every CCG they hold a role in (accounts.scoping.owning_ccg_ids).
    ccg_field = "memberships__ccg"

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Nation(models.TextChoices):
    ENGLAND = "England"
    WALES = "Wales"
    SCOTLAND = "Scotland"
    NORTHERN_IRELAND = "Northern Ireland"


class Ccg(models.Model):
    """A Clinical Commissioning Group: the tenant that every record belongs to."""

    name = models.CharField(max_length=200, unique=True)
    ods_code = models.CharField("ODS code", max_length=10, unique=True)
    nation = models.CharField(max_length=20, choices=Nation.choices, default=Nation.ENGLAND)
    population = models.PositiveIntegerField(default=0)
    opens = models.TimeField(default=datetime.time(9, 0), help_text="Start of the working day.")
    closes = models.TimeField(default=datetime.time(17, 0), help_text="End of the working day.")
    comms_lead = models.ForeignKey(
        "User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Head of comms: receives overdue reminders.",
    )
    history = HistoricalRecords()
    ccg_field = "pk"  # the tenant belongs to itself

    class Meta:
        ordering = ["name"]
        verbose_name = "CCG"
        verbose_name_plural = "CCGs"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": "The working day must end after it starts."})


class Locality(models.Model):
    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="localities")
    name = models.CharField(max_length=100)
    population = models.PositiveIntegerField(default=0)
    reach_target_percent = models.DecimalField(
        max_digits=4,
        decimal_places=2,
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="Share of the population the CCG aims to reach through engagement each year.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "localities"
        constraints = [models.UniqueConstraint("ccg", "name", name="locality_name_unique_per_ccg")]

    def __str__(self) -> str:
        return self.name


class ClosureDay(models.Model):
    """A day the CCG's office is closed (e.g. a staff training day): no working time runs."""

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="closure_days")
    date = models.DateField()
    reason = models.CharField(max_length=200)

    class Meta:
        ordering = ["date"]
        constraints = [models.UniqueConstraint("ccg", "date", name="closure_day_unique_per_ccg")]

    def __str__(self) -> str:
        return f"{self.date:%d %b %Y}: {self.reason}"


class Membership(models.Model):
    """A user's role in one CCG. The role is a Group whose permissions the data migration sets."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="memberships")
    role = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="memberships")
    history = HistoricalRecords()

    class Meta:
        ordering = ["ccg__name"]
        constraints = [models.UniqueConstraint("user", "ccg", name="one_role_per_user_per_ccg")]

    def __str__(self) -> str:
        return f"{self.user} — {self.role} in {self.ccg}"


class Notification(models.Model):
    """An in-app message to one user (reminders, assignments); the header shows the unread count."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="+")
    message = models.CharField(max_length=300)
    link = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.message


class OutboxEmail(models.Model):
    """An e-mail waiting to go, written in the same commit as the in-app notifications it goes
    with. `key` is the exactly-once claim: a second send of the same reminder finds it taken. The
    worker sends it after commit and stamps `sent_at`; a row left unsent is swept up later."""

    key = models.CharField(max_length=200, unique=True)
    recipients = models.JSONField(default=list)  # e-mail addresses, copied when it was written
    subject = models.CharField(max_length=300)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [
            # The sweep reads only what is still waiting, however long the sent history grows.
            models.Index(
                fields=["created_at"],
                condition=models.Q(sent_at__isnull=True),
                name="outbox_email_unsent",
            )
        ]

    def __str__(self) -> str:
        return self.key


class ExtraBankHoliday(models.Model):
    """A bank holiday the `holidays` package does not list yet: a royal occasion announced
    before the package's next release. Shared by every CCG of the nation; superusers keep it."""

    date = models.DateField()
    name = models.CharField(max_length=200, help_text="As announced, e.g. 'State funeral'.")
    nation = models.CharField(max_length=20, choices=Nation.choices)

    class Meta:
        ordering = ["date", "nation"]
        constraints = [
            models.UniqueConstraint("date", "nation", name="extra_bank_holiday_unique_per_nation")
        ]

    def __str__(self) -> str:
        return f"{self.date:%d %b %Y}: {self.name} ({self.nation})"


class CalendarChange(models.Model):
    """A change to working calendars whose open deadlines the recompute job moves: a closure day
    or a CCG's working hours (`ccg` set), or bank holidays in `nations` (`ccg` empty). `dates`
    are the days that changed; empty means every day (working hours)."""

    ccg = models.ForeignKey(Ccg, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    nations = models.JSONField(default=list)
    dates = models.JSONField(default=list)  # ISO dates
    because = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(applied_at__isnull=True),
                name="calendar_change_unapplied",
            )
        ]

    def __str__(self) -> str:
        return self.because

    @property
    def days(self) -> list[datetime.date]:
        return sorted(datetime.date.fromisoformat(day) for day in self.dates)


class BankHolidayFingerprint(models.Model):
    """The bank holidays of one nation for the coming years, as last seen by the check job:
    a new `holidays` release or an extra bank holiday changes them."""

    nation = models.CharField(max_length=20, choices=Nation.choices, unique=True)
    fingerprint = models.CharField(max_length=64)
    days = models.JSONField(default=dict)  # ISO date -> names
    checked_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.nation} bank holidays"
