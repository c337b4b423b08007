"""The register's downloads, each a declared django-import-export resource: a field a column,
in the order declared (core/exports.py turns them into CSV or XLSX)."""

from django.db.models import Count, Q
from import_export.fields import Field

from core.exports import SpreadsheetResource


def _names(items) -> str:
    return "; ".join(item.name for item in items)


class ContactExport(SpreadsheetResource):
    """The import's own headers, so an export imports back unchanged."""

    ccg = Field("ccg__name", "CCG")
    kind = Field("get_kind_display", "Kind")
    title = Field("title", "Title")
    first_name = Field("first_name", "First name")
    last_name = Field("last_name", "Last name")
    job_title = Field("job_title", "Job title")
    organisation = Field("organisation__name", "Organisation")
    email = Field("email", "Email")
    phone = Field("phone", "Phone")
    mobile = Field("mobile", "Mobile")
    address = Field("address", "Address")
    locality = Field("locality__name", "Locality")
    constituency = Field("constituency", "Constituency")
    party = Field("party", "Party")
    authority = Field("authority", "Authority")
    ward = Field("ward", "Ward")
    segments = Field(column_name="Segments")
    format_needs = Field(column_name="Format needs")
    preferred_language = Field("preferred_language", "Preferred language")
    interest = Field("interest", "Interest")
    influence = Field("influence", "Influence")
    quadrant = Field("quadrant__label", "Quadrant")
    relationship_owner = Field("relationship_owner__email", "Relationship owner")

    def prepared(self, items):
        return items.select_related(
            "ccg", "organisation", "locality", "relationship_owner"
        ).prefetch_related("segments")

    def dehydrate_segments(self, contact):
        return _names(contact.segments.all())

    def dehydrate_format_needs(self, contact):
        return "; ".join(contact.format_need_labels)


class OrganisationExport(SpreadsheetResource):
    ccg = Field("ccg__name", "CCG")
    name = Field("name", "Name")
    type = Field("get_type_display", "Type")
    sector = Field("get_sector_display", "Sector")
    parent = Field("parent__name", "Parent")
    locality = Field("locality__name", "Locality")
    email = Field("email", "Email")
    phone = Field("phone", "Phone")
    address = Field("address", "Address")
    website = Field("website", "Website")
    interest = Field("interest", "Interest")
    influence = Field("influence", "Influence")
    quadrant = Field("quadrant__label", "Quadrant")
    contacts = Field("n_contacts", "Contacts")

    def prepared(self, items):
        return items.select_related("ccg", "parent", "locality").annotate(
            n_contacts=Count("contacts", filter=Q(contacts__erased_at__isnull=True))
        )


class SubscriberExport(SpreadsheetResource):
    """A distribution list's subscriptions: the people still on it, with the format they need
    their mailing in."""

    title = Field("contact__title", "Title")
    first_name = Field("contact__first_name", "First name")
    last_name = Field("contact__last_name", "Last name")
    email = Field("contact__email", "Email")
    organisation = Field("contact__organisation__name", "Organisation")
    format_needs = Field(column_name="Format needs")
    preferred_language = Field("contact__preferred_language", "Preferred language")
    communication_notes = Field("contact__communication_notes", "Other communication needs")
    lawful_basis = Field("get_lawful_basis_display", "Lawful basis")
    consent_date = Field(column_name="Consent date")
    source = Field("source", "Source")
    subscribed_on = Field(column_name="Subscribed on")

    def dehydrate_format_needs(self, subscription):
        return "; ".join(subscription.contact.format_need_labels)

    def dehydrate_consent_date(self, subscription):
        consented = subscription.consent_date
        return consented.isoformat() if consented else ""

    def dehydrate_subscribed_on(self, subscription):
        return subscription.subscribed_on.isoformat()


class ImportReportExport(SpreadsheetResource):
    """An import's report, row by row (`selectors.import_report_rows` gives dicts)."""

    row = Field("row", "Row")
    action = Field("action", "Action")
    contact = Field("contact", "Contact")
    detail = Field("detail", "Detail")
