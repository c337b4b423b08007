import datetime

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts import roles
from accounts.access import require_model_perm, require_perm, scoped_object
from core.exports import csv_response

from . import archive, selectors
from .forms import MonthForm
from .kpis import dashboard as kpis
from .models import MonthlyReport
from .presenters import present

HOME_TEMPLATES = {
    roles.ADMINISTRATOR: "reporting/home_administrator.html",
    roles.COMMS: "reporting/home_comms.html",
    roles.GOVERNING_BODY: "reporting/home_governing_body.html",
    roles.STAFF: "reporting/home_staff.html",
}


@login_required
def home(request):
    """Each role's own home page: the comms team's work queue, staff's "log a call"."""
    role = request.scope.role
    context = selectors.home_context(scope=request.scope, user=request.user, role=role)
    context |= kpis.home_kpis(scope=request.scope, role=role, today=timezone.localdate())
    return render(request, HOME_TEMPLATES.get(role, "reporting/home_no_role.html"), context)


def _chosen(request):
    """(the CCGs, the one asked for or None, the month): read-only, for the governing body."""
    require_perm(request, kpis.VIEW_PERM)
    ccgs = kpis.dashboard_ccgs(scope=request.scope)
    ods = request.GET.get("ccg", "")
    ccg = next((c for c in ccgs if c.ods_code == ods), None)
    if ods and ccg is None:
        raise Http404("No such CCG among yours")
    today = timezone.localdate()
    form = MonthForm(request.GET or None, months=kpis.dashboard_months(today=today))
    # The latest snapshot is yesterday's: on the 1st, last month is the one with figures.
    return ccgs, ccg, form, form.chosen(default=today - datetime.timedelta(days=1))


@login_required
@require_GET
def dashboard(request):
    """The KPIs of one CCG (?ccg=ODS) or of all the user's CCGs together, for a month."""
    ccgs, ccg, form, month = _chosen(request)
    ccg_ids = [ccg.pk] if ccg else [c.pk for c in ccgs]
    board = kpis.kpi_dashboard(ccg_ids=ccg_ids, month=month)
    context = {
        "board": board,
        "groups": [(name, present(rows)) for name, rows in board.groups],
        "ccgs": ccgs,
        "ccg": ccg,
        "form": form,
        "month_param": f"{board.month:%Y-%m}",
    }
    return render(request, "reporting/dashboard.html", context)


@login_required
@require_GET
def snapshots_export(request, fmt: str):
    """The snapshots of the 12 months shown, as CSV or JSON (for Power BI or Excel)."""
    ccgs, ccg, _, month = _chosen(request)
    ccg_ids = [ccg.pk] if ccg else [c.pk for c in ccgs]
    months = kpis.months_back(kpis.month_start(month), kpis.MONTHS_SHOWN)
    span = {"ccg_ids": ccg_ids, "start": months[0], "end": kpis.month_end(month)}
    filename = f"kpi-snapshots-{month:%Y-%m}"
    if fmt == "json":
        response = JsonResponse(kpis.snapshot_export_json(**span))
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response
    return csv_response(
        headers=kpis.SNAPSHOT_EXPORT_HEADERS,
        rows=kpis.snapshot_export_rows(**span),
        filename=filename,
    )


@login_required
@require_GET
def reports_archive(request):
    """Every monthly one-page KPI report of the user's CCGs, the latest first."""
    require_model_perm(request, MonthlyReport)
    reports = archive.monthly_report_list(scope=request.scope)
    return render(request, "reporting/reports_archive.html", {"reports": reports})


REPORT_FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@login_required
@require_GET
def report_download(request, pk: int, fmt: str):
    report = scoped_object(request, MonthlyReport, pk=pk)
    response = HttpResponse(bytes(getattr(report, fmt)), content_type=REPORT_FORMATS[fmt])
    name = f"kpi-report-{report.ccg.ods_code}-{report.month:%Y-%m}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
