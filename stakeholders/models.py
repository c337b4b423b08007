"""The stakeholder register: organisations and their contacts, MPs and councillors included."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.scoping import CcgOwned


class OrganisationType(models.TextChoices):
    GP_PRACTICE = "gp_practice", "GP practice"
    NHS_PROVIDER = "nhs_provider", "NHS provider"
    NHS_COMMISSIONER = "nhs_commissioner", "NHS commissioner"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    HEALTHWATCH = "healthwatch", "Healthwatch"
    VOLUNTARY = "voluntary", "Voluntary and community sector"
    MEDIA = "media", "Media outlet"
    PARLIAMENT = "parliament", "Parliament"
    EDUCATION = "education", "Education"
    BUSINESS = "business", "Business"
    PATIENT_GROUP = "patient_group", "Patient group"
    OTHER = "other", "Other"


class Organisation(CcgOwned):
    name = models.CharField(max_length=200)
    type = models.CharField(max_length=30, choices=OrganisationType.choices, default="other")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)
    locality = models.ForeignKey(
        "accounts.Locality", null=True, blank=True, on_delete=models.SET_NULL
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    website = models.URLField(blank=True)
    notes = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("ccg", "name", name="organisation_name_unique_per_ccg")
        ]

    def __str__(self) -> str:
        return self.name


class ContactKind(models.TextChoices):
    STAKEHOLDER = "stakeholder", "Stakeholder"
    MP = "mp", "MP"
    COUNCILLOR = "councillor", "Councillor"
    JOURNALIST = "journalist", "Journalist"


class Contact(CcgOwned):
    """A person the comms team deals with. Personal data: every change is in the history."""

    kind = models.CharField(max_length=20, choices=ContactKind.choices, default="stakeholder")
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    job_title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    address = models.TextField(blank=True)
    locality = models.ForeignKey(
        "accounts.Locality", null=True, blank=True, on_delete=models.SET_NULL
    )
    constituency = models.CharField(max_length=100, blank=True, help_text="MPs only.")
    party = models.CharField(max_length=100, blank=True)
    authority = models.CharField(max_length=100, blank=True, help_text="Councillors only.")
    ward = models.CharField(max_length=100, blank=True, help_text="Councillors only.")
    relationship_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notes = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["last_name", "first_name"]
        indexes = [models.Index(fields=["ccg", "last_name", "first_name"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)
