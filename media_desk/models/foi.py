"""The FOI case beyond its clocks: the decision (outcome, exemptions, cost limit, public interest
extension), the letters drafted for it and its entry on the public disclosure log.

The reference is the Freedom of Information Act 2000 and the ICO's guidance on it. The decision
is its own record (one per request) so that the desk's `Enquiry` keeps only what every kind of
item shares; the exemptions are a list in code, not a table, because the Act changes by statute."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned, CcgScopedQuerySet
from core.concurrency import Versioned


@dataclass(frozen=True)
class Exemption:
    section: str
    title: str
    absolute: bool

    @property
    def kind(self) -> str:
        return "Absolute" if self.absolute else "Qualified"

    @property
    def label(self) -> str:
        return f"s.{self.section} {self.title} ({self.kind.lower()})"


# Part II of the Act. Section 40 is split: the requester's own data (40(1)) and third parties'
# (40(2), absolute where disclosure would breach the data protection principles).
EXEMPTIONS: tuple[Exemption, ...] = (
    Exemption("21", "Information accessible by other means", True),
    Exemption("22", "Information intended for future publication", False),
    Exemption("22A", "Research", False),
    Exemption("23", "Information supplied by, or relating to, security bodies", True),
    Exemption("24", "National security", False),
    Exemption("26", "Defence", False),
    Exemption("27", "International relations", False),
    Exemption("28", "Relations within the United Kingdom", False),
    Exemption("29", "The economy", False),
    Exemption("30", "Investigations and proceedings", False),
    Exemption("31", "Law enforcement", False),
    Exemption("32", "Court records", True),
    Exemption("33", "Audit functions", False),
    Exemption("34", "Parliamentary privilege", True),
    Exemption("35", "Formulation of government policy", False),
    Exemption("36", "Prejudice to effective conduct of public affairs", False),
    Exemption("37", "Communications with the Royal Family and honours", False),
    Exemption("38", "Health and safety", False),
    Exemption("39", "Environmental information", False),
    Exemption("40(1)", "Personal information of the requester", True),
    Exemption("40(2)", "Personal information of others", True),
    Exemption("41", "Information provided in confidence", True),
    Exemption("42", "Legal professional privilege", False),
    Exemption("43", "Commercial interests", False),
    Exemption("44", "Prohibitions on disclosure", True),
)
EXEMPTION_BY_SECTION = {e.section: e for e in EXEMPTIONS}

# The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004:
# £450 for a CCG (not central government), at £25 an hour, so 18 hours.
COST_LIMIT_POUNDS = 450
COST_RATE_POUNDS_PER_HOUR = 25
COST_LIMIT_HOURS = Decimal(COST_LIMIT_POUNDS) / Decimal(COST_RATE_POUNDS_PER_HOUR)
# s.10(3): "such time as is reasonable"; the ICO's guidance: normally no more than 20 further
# working days.
PUBLIC_INTEREST_EXTENSION_WORKING_DAYS = 20


class Outcome(models.TextChoices):
    PROVIDED_FULL = "full", "Information provided in full"
    PROVIDED_PART = "part", "Information provided in part"
    REFUSED = "refused", "Refused"
    NOT_HELD = "not_held", "Information not held"
    VEXATIOUS = "vexatious", "Refused as vexatious (s.14(1))"
    REPEATED = "repeated", "Refused as repeated (s.14(2))"


class ReviewOutcome(models.TextChoices):
    """What the internal review found of the original decision (ICO's section 45 code)."""

    UPHELD = "upheld", "Upheld"
    PARTLY_UPHELD = "partly", "Partly upheld"
    OVERTURNED = "overturned", "Overturned"


class FoiDecision(Versioned):
    """What the CCG decided on one FOI request, and the extension and cost estimate behind it."""

    enquiry = models.OneToOneField(
        "media_desk.Enquiry", on_delete=models.CASCADE, related_name="foi_decision"
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    # s.12 and s.16: the estimate, and the advice and assistance offered when it is over.
    cost_estimate_hours = models.DecimalField(max_digits=6, decimal_places=1, null=True, blank=True)
    over_cost_limit_confirmed = models.BooleanField(default=False)
    advice_and_assistance = models.TextField(blank=True)
    # s.10(3): the public interest extension, and when the requester was told of it.
    extension_requested_at = models.DateTimeField(null=True, blank=True)
    extension_working_days = models.PositiveSmallIntegerField(null=True, blank=True)
    requester_told_of_extension_at = models.DateTimeField(null=True, blank=True)
    referred_to_ico_at = models.DateTimeField(null=True, blank=True)
    # The internal review's finding; its dates are the item's (Enquiry.review_*).
    review_outcome = models.CharField(
        "Internal review outcome", max_length=10, choices=ReviewOutcome.choices, blank=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    ccg_field = "enquiry__ccg"
    objects = CcgScopedQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Decision on FOI {self.enquiry_id}"


class CitedExemption(models.Model):
    """An exemption cited in a decision; for a qualified one, the public interest test."""

    decision = models.ForeignKey(FoiDecision, on_delete=models.CASCADE, related_name="exemptions")
    section = models.CharField(max_length=6, choices=[(e.section, e.label) for e in EXEMPTIONS])
    public_interest_for = models.TextField("Public interest in disclosure", blank=True)
    public_interest_against = models.TextField("Public interest in withholding", blank=True)
    history = HistoricalRecords()

    ccg_field = "decision__enquiry__ccg"
    objects = CcgScopedQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint("decision", "section", name="one_citation_per_section")
        ]

    def __str__(self) -> str:
        return f"s.{self.section}"

    @property
    def exemption(self) -> Exemption:
        return EXEMPTION_BY_SECTION[self.section]


class LetterKind(models.TextChoices):
    RESPONSE = "response", "Response letter"
    REFUSAL = "refusal", "Refusal notice"
    EXTENSION = "extension", "Public interest extension letter"


class FoiLetter(models.Model):
    """A letter drafted from a template with the decision filled in, kept with the case."""

    enquiry = models.ForeignKey(
        "media_desk.Enquiry", on_delete=models.CASCADE, related_name="foi_letters"
    )
    kind = models.CharField(max_length=10, choices=LetterKind.choices)
    document = models.FileField(upload_to="foi/letters/%Y/%m/")
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    drafted_at = models.DateTimeField(auto_now_add=True)

    ccg_field = "enquiry__ccg"
    objects = CcgScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-drafted_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for FOI {self.enquiry_id}"


class DisclosureLogEntry(CcgOwned, Versioned):
    """A response published on the public disclosure log: never the requester's identity."""

    enquiry = models.OneToOneField(
        "media_desk.Enquiry", on_delete=models.PROTECT, related_name="disclosure"
    )
    title = models.CharField(max_length=250)
    request_summary = models.TextField()
    response_text = models.TextField()
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    attachment = models.FileField(upload_to="foi/disclosures/%Y/%m/", blank=True)
    redactions_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_at"]
        verbose_name_plural = "disclosure log entries"
        indexes = [models.Index(fields=["ccg", "-published_at"], name="disclosure_ccg_idx")]

    def __str__(self) -> str:
        return self.title
