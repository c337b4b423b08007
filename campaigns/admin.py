from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accounts.admin import CcgScopedAdmin

from .models import AwarenessDay


@admin.register(AwarenessDay)
class AwarenessDayAdmin(CcgScopedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "starts_on", "ends_on", "ccg"]
    list_filter = ["ccg"]
