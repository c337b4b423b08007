from django.contrib import admin

from accounts.admin.base import CcgScopedAdmin

from .models import KpiTarget, ReportDistribution


@admin.register(KpiTarget)
class KpiTargetAdmin(CcgScopedAdmin):
    """Administrators set each KPI's target and where amber ends, per CCG."""

    list_display = ["kpi", "ccg", "target", "amber_limit"]
    list_filter = ["ccg", "kpi"]


@admin.register(ReportDistribution)
class ReportDistributionAdmin(CcgScopedAdmin):
    """Administrators choose, per CCG, who is e-mailed its reports and whether it has the
    fortnightly action-plan report. The people offered are those of the administrator's CCGs."""

    list_display = ["ccg", "action_plan_fortnightly"]
    list_filter = ["action_plan_fortnightly"]
    filter_horizontal = ["recipients"]
