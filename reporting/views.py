import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts import roles
from accounts.access import require_model_perm, require_perm, scoped_object
from accounts.selectors import ccgs_with
from core.concurrency import submit_once
from core.exports import csv_response

from . import archive, selectors, services
from .forms import MonthForm, ReportRegenerateForm
from .kpis import dashboard as kpis
from .models import ActionPlanReport, MonthlyReport, ReportKind, ReportRegeneration
from .presenters import present

REFRESH_SECONDS = 3
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


def _regenerate_ccgs(request):
    return ccgs_with(scope=request.scope, perm=archive.REGENERATE_PERM)


def _regenerate_forms(request, bound=None) -> dict:
    """The archive's two "make again" forms, for the CCGs where the user may ask (none: no
    forms, so no buttons); `bound` is the one posted, shown again with its errors."""
    ccgs = _regenerate_ccgs(request)
    if not ccgs:
        return {}
    months = kpis.dashboard_months(today=timezone.localdate())
    forms = {
        ReportKind.MONTHLY_KPIS: ReportRegenerateForm(ccgs=ccgs, months=months),
        ReportKind.ACTION_PLAN: ReportRegenerateForm(
            ccgs=archive.action_plan_ccgs(ccgs=ccgs), months=None
        ),
    }
    if bound is not None:
        forms[bound[0]] = bound[1]
    if not forms[ReportKind.ACTION_PLAN].fields["ccg"].queryset.exists():
        del forms[ReportKind.ACTION_PLAN]
    return {"regenerate_forms": forms}


def _archive(request, bound=None, status: int = 200):
    require_model_perm(request, MonthlyReport)
    context = {
        "reports": archive.monthly_report_list(scope=request.scope),
        "plan_reports": archive.action_plan_report_list(scope=request.scope),
        "jobs": archive.regeneration_list(scope=request.scope),
        **_regenerate_forms(request, bound),
    }
    return render(request, "reporting/reports_archive.html", context, status=status)


@login_required
@require_GET
def reports_archive(request):
    """Every report of the user's CCGs, the latest first; who may, asks for one again."""
    return _archive(request)


@login_required
@require_POST
def report_regenerate(request, kind: str):
    """Queue a report to be made again (never made in the request), then show its progress."""
    if kind not in ReportKind.values:
        raise Http404
    require_perm(request, archive.REGENERATE_PERM)
    ccgs = _regenerate_ccgs(request)
    if kind == ReportKind.ACTION_PLAN:
        ccgs, months = archive.action_plan_ccgs(ccgs=ccgs), None
    else:
        months = kpis.dashboard_months(today=timezone.localdate())
    form = ReportRegenerateForm(request.POST, ccgs=ccgs, months=months)
    if not form.is_valid():
        return _archive(request, bound=(kind, form), status=400)
    ccg, period = form.cleaned_data["ccg"], form.period(today=timezone.localdate())

    def create():
        job = services.report_regeneration_request(
            ccg=ccg, kind=kind, period=period, by=request.user
        )
        if not job.queue_unavailable:  # else the job's page says it waits for the queue
            messages.success(request, f"The {job.get_kind_display().lower()} is being made again.")
        return redirect("reporting:regeneration", pk=job.pk)

    return submit_once(request, form, create)


def _regeneration(request, pk: int) -> ReportRegeneration:
    return scoped_object(request, ReportRegeneration, pk=pk)


def _regeneration_status(job: ReportRegeneration) -> dict:
    return {
        "status": job.status,
        "status_label": job.get_status_display(),
        "running": job.is_running,
        "progress": job.progress,
        "percent": job.progress,
        "phase": job.phase,
        "text": f"{job.phase or job.get_status_display()} ({job.progress}%)",
        "notice": archive.regeneration_notice(job=job),
    }


@login_required
@require_GET
def regeneration_detail(request, pk: int):
    """The job's progress; while it runs the page refreshes itself (no JavaScript needed) and a
    small script updates the bar from the JSON status in between."""
    job = _regeneration(request, pk)
    context = {"job": job, **_regeneration_status(job)}
    response = render(request, "reporting/regeneration_detail.html", context)
    if job.is_running:
        response["Refresh"] = str(REFRESH_SECONDS)
    return response


@login_required
@require_GET
def regeneration_status(request, pk: int):
    return JsonResponse(_regeneration_status(_regeneration(request, pk)))


REPORT_FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@login_required
@require_GET
def report_download(request, pk: int, fmt: str):
    report = scoped_object(request, MonthlyReport, pk=pk)
    name = f"kpi-report-{report.ccg.ods_code}-{report.month:%Y-%m}.{fmt}"
    return _file(bytes(getattr(report, fmt)), fmt=fmt, name=name)


@login_required
@require_GET
def action_plan_download(request, pk: int, fmt: str):
    report = scoped_object(request, ActionPlanReport, pk=pk)
    name = f"action-plan-report-{report.ccg.ods_code}-{report.fortnight:%Y-%m-%d}.{fmt}"
    return _file(bytes(getattr(report, fmt)), fmt=fmt, name=name)


def _file(content: bytes, *, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=REPORT_FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
