"""Reads of the reports archive (the monthly one-page KPI reports), through the scope."""

from django.db.models import QuerySet

from accounts.scoping import Scope

from .models import MonthlyReport


def monthly_report_list(*, scope: Scope) -> QuerySet[MonthlyReport]:
    return MonthlyReport.objects.visible_to(scope).select_related("ccg").defer("pdf", "xlsx")
