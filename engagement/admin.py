"""Administrators set each CCG's engagement policy here. Nothing with personal data is
registered: administrators read engagement, but never who gave feedback."""

from django.contrib import admin
from django.utils.text import slugify

from accounts.admin import CcgScopedAdmin, CcgScopedImportExportAdmin, scoped_resource
from accounts.admin.transfer import CcgScopedResource

from .models import EngagementPolicy, Programme, Theme


@admin.register(EngagementPolicy)
class EngagementPolicyAdmin(CcgScopedAdmin):
    list_display = ["ccg", "response_working_days", "closing_reminder_days", "report_working_days"]


class ThemeResourceBase(CcgScopedResource):
    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        instance.slug = slugify(instance.name)  # the public page's filter, from the name


@admin.register(Theme)
class ThemeAdmin(CcgScopedImportExportAdmin):
    resource_classes = [scoped_resource(Theme, fields=["ccg", "name"], base=ThemeResourceBase)]
    list_display = ["name", "ccg"]
    list_filter = ["ccg"]
    search_fields = ["name"]
    readonly_fields = ["slug"]


@admin.register(Programme)
class ProgrammeAdmin(CcgScopedAdmin):
    list_display = ["name", "ccg"]
    list_filter = ["ccg"]
    search_fields = ["name"]
