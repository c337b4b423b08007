"""The Django admin for administrators: lists above all (README: "lists (Django admin)"); the
register itself is read there and kept through the portal's pages and their services."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import (
    CcgScopedAdmin,
    CcgScopedImportExportAdmin,
    CcgScopedInline,
    scoped_resource,
)
from audit.admin import RecordsPersonalDataViews

from .forms import OrganisationForm
from .models import (
    Contact,
    DistributionList,
    ImportJob,
    Interaction,
    Organisation,
    Segment,
    StakeholderMap,
    Subscription,
)


@admin.register(Organisation)
class OrganisationAdmin(CcgScopedImportExportAdmin, SimpleHistoryAdmin):
    # The columns of the portal's own form, so an export holds what the pages edit.
    resource_classes = [
        scoped_resource(Organisation, fields=["ccg", *OrganisationForm.Meta.fields])
    ]
    list_display = ["name", "type", "sector", "ccg"]
    list_filter = ["type", "sector", "ccg"]
    search_fields = ["name"]


@admin.register(Contact)
class ContactAdmin(CcgScopedAdmin, RecordsPersonalDataViews, SimpleHistoryAdmin):
    list_display = ["last_name", "first_name", "kind", "organisation", "ccg", "erased_at"]
    list_filter = ["kind", "ccg"]
    list_select_related = ["organisation", "ccg"]
    search_fields = ["last_name", "first_name", "email"]
    raw_id_fields = ["organisation"]
    readonly_fields = ["created_at", "retention_reviewed_at", "erased_at"]


@admin.register(Segment)
class SegmentAdmin(CcgScopedImportExportAdmin):
    resource_classes = [
        scoped_resource(Segment, fields=["ccg", "name", "kind", "parent", "description"])
    ]
    list_display = ["name", "kind", "parent", "ccg"]
    list_filter = ["kind", "ccg"]
    search_fields = ["name"]


class SubscriptionInline(CcgScopedInline):
    model = Subscription
    extra = 0
    fields = ["contact", "lawful_basis", "consent_date", "source", "subscribed_on", "withdrawn_on"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # subscriptions are made on the contact's page, with their evidence


@admin.register(DistributionList)
class DistributionListAdmin(CcgScopedAdmin):
    list_display = ["name", "archived", "ccg"]
    list_filter = ["archived", "ccg"]
    search_fields = ["name"]
    inlines = [SubscriptionInline]


@admin.register(StakeholderMap)
class StakeholderMapAdmin(CcgScopedAdmin):
    list_display = ["name", "purpose", "ccg"]
    list_filter = ["purpose", "ccg"]


@admin.register(Interaction)
class InteractionAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["occurred_on", "kind", "contact", "organisation", "ccg"]
    list_filter = ["kind", "ccg"]
    raw_id_fields = ["contact", "organisation"]


@admin.register(ImportJob)
class ImportJobAdmin(CcgScopedAdmin):
    list_display = ["filename", "status", "created_by", "created_at", "ccg"]
    list_filter = ["status", "ccg"]
    exclude = ["content", "report"]

    def has_add_permission(self, request) -> bool:
        return False  # imports go through the import page or the command

    def has_change_permission(self, request, obj=None) -> bool:
        return False
