from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin

from .models import AwarenessDay


@admin.register(AwarenessDay)
class AwarenessDayAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "starts_on", "ends_on", "ccg"]
    list_filter = ["ccg"]


from .models import ContentItem  # noqa: E402


@admin.register(ContentItem)
class ContentItemAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "channel", "planned_at", "status", "approver", "ccg"]
    list_filter = ["ccg", "channel", "status"]
    search_fields = ["title", "copy"]
    readonly_fields = ["status", "approver", "published_at"]


from .models import ActionItem  # noqa: E402


@admin.register(ActionItem)
class ActionItemAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["title", "campaign", "owner", "target_date", "status", "rag", "ccg"]
    list_filter = ["ccg", "status", "rag"]
