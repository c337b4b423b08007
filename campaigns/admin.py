from django.contrib import admin
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin

from .models import (
    ActionItem,
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    ContentItem,
    Meeting,
    NationalAwarenessDay,
)
from .resources import NationalAwarenessDayResource


@admin.register(AwarenessDay)
class AwarenessDayAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "starts_on", "ends_on", "ccg"]
    list_filter = ["ccg"]


@admin.register(Campaign)
class CampaignAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "ccg", "starts_on", "ends_on", "priority", "status", "rag"]
    list_filter = ["ccg", "priority", "status", "rag"]
    search_fields = ["name"]
    filter_horizontal = ["shared_with", "audiences"]
    raw_id_fields = ["owner"]


@admin.register(CampaignNote)
class CampaignNoteAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["campaign", "ccg"]
    list_filter = ["ccg"]
    raw_id_fields = ["campaign"]


@admin.register(AwarenessDayChoice)
class AwarenessDayChoiceAdmin(CcgScopedAdmin):
    list_display = ["name", "ccg"]
    list_filter = ["ccg"]


@admin.register(NationalAwarenessDay)
class NationalAwarenessDayAdmin(CcgScopedAdmin, ImportExportMixin, SimpleHistoryAdmin):
    """The national list, for every CCG: kept by the portal's superusers, imported from a CSV
    (name, starts_on, ends_on, theme, link) each year; a row of a known name and start date
    is updated, any other added."""

    resource_classes = [NationalAwarenessDayResource]

    list_display = ["name", "starts_on", "ends_on", "theme"]
    search_fields = ["name", "theme"]
    date_hierarchy = "starts_on"


@admin.register(Meeting)
class MeetingAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "starts_at", "is_public", "ccg"]
    list_filter = ["ccg", "kind", "is_public"]
    search_fields = ["title"]


@admin.register(ContentItem)
class ContentItemAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "channel", "planned_at", "status", "approver", "ccg"]
    list_filter = ["ccg", "channel", "status"]
    search_fields = ["title", "copy"]
    readonly_fields = ["status", "approver", "published_at"]


@admin.register(ActionItem)
class ActionItemAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "campaign", "owner", "target_date", "status", "rag", "ccg"]
    list_filter = ["ccg", "status", "rag"]
