"""Administrators set each CCG's engagement policy here. Nothing with personal data is
registered: administrators read engagement, but never who gave feedback."""

from django.contrib import admin

from accounts.admin import CcgScopedAdmin

from .models import EngagementPolicy, Programme, Theme


@admin.register(EngagementPolicy)
class EngagementPolicyAdmin(CcgScopedAdmin):
    list_display = ["ccg", "response_working_days", "closing_reminder_days", "report_working_days"]


@admin.register(Theme)
class ThemeAdmin(CcgScopedAdmin):
    list_display = ["name", "ccg"]
    list_filter = ["ccg"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


@admin.register(Programme)
class ProgrammeAdmin(CcgScopedAdmin):
    list_display = ["name", "ccg"]
    list_filter = ["ccg"]
    search_fields = ["name"]
