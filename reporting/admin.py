from django.contrib import admin

from accounts.admin.base import CcgScopedAdmin

from .models import KpiTarget


@admin.register(KpiTarget)
class KpiTargetAdmin(CcgScopedAdmin):
    """Administrators set each KPI's target and where amber ends, per CCG."""

    list_display = ["kpi", "ccg", "target", "amber_limit"]
    list_filter = ["ccg", "kpi"]
