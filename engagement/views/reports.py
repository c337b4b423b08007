"""The annual engagement report: the web page (live), and the DOCX and PDF a Celery job makes,
with a progress page that refreshes itself (no JavaScript needed) and scoped downloads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, require_perm, scoped_object, scoped_queryset
from accounts.models import Ccg
from accounts.selectors import ccg_shown, ccgs_with

from .. import selectors, services
from ..forms import AnnualReportForm
from ..models import ReportJob
from ..periods import REPORT_YEARS, financial_year_of, recent_financial_years, report_years
from ..rendering import report_blocks, report_title
from .common import today

VIEW_REPORT = "engagement.view_reportjob"
REFRESH_SECONDS = 3
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _report_ccg(request, ccg_id: int) -> Ccg:
    """The CCG, if the user may read its reports; another CCG is a 404, as everywhere."""
    ccg = ccg_shown(scope=request.scope, ccg_id=ccg_id)
    if ccg is None:
        raise Http404
    require_perm(request, VIEW_REPORT, ccg.pk)
    return ccg


@login_required
def annual_report_index(request):
    require_model_perm(request, ReportJob)
    ccgs = ccgs_with(scope=request.scope, perm=VIEW_REPORT)
    form = AnnualReportForm(request.GET or None, ccgs=ccgs, today=today())
    if form.is_valid():
        ccg, year = form.cleaned_data["ccg"], form.cleaned_data["year"]
        return redirect("engagement:annual_report", ccg_id=ccg.pk, year=year)
    jobs = scoped_queryset(request, ReportJob).select_related("ccg").defer("docx", "pdf")[:20]
    return render(request, "engagement/annual_report_index.html", {"form": form, "jobs": jobs})


def _report_year(year: int) -> int:
    """This financial year or one of the nine before it; any other is not found."""
    if year not in recent_financial_years(today(), count=REPORT_YEARS):
        raise Http404
    return year


@login_required
def annual_report(request, ccg_id: int, year: int):
    ccg, year = _report_ccg(request, ccg_id), _report_year(year)
    report = selectors.annual_report(ccg=ccg, year=year)
    context = {
        "ccg": ccg,
        "year": year,
        "title": report_title(report),
        "blocks": report_blocks(report),
        "can_generate": request.scope.can("engagement.add_reportjob", ccg.pk),
        "years": report_years(today()),
        "so_far": year == financial_year_of(today()),
        "today": today(),
    }
    return render(request, "engagement/annual_report.html", context)


@login_required
@require_POST
def report_job_create(request, ccg_id: int, year: int):
    ccg, year = _report_ccg(request, ccg_id), _report_year(year)
    require_perm(request, "engagement.add_reportjob", ccg.pk)
    job = services.report_job_request(ccg=ccg, financial_year=year, by=request.user)
    if not job.queue_unavailable:  # else the job's page says it waits for the queue
        messages.success(request, "The Word and PDF documents are being made.")
    return redirect("engagement:report_job_detail", pk=job.pk)


@login_required
def report_job_detail(request, pk: int):
    # The documents stay in the database while the page polls: only the progress is read.
    jobs = scoped_queryset(request, ReportJob).select_related("ccg").defer("docx", "pdf")
    job = get_object_or_404(jobs, pk=pk)
    context = {"job": job, "notice": selectors.report_job_notice(job=job)}
    response = render(request, "engagement/report_job_detail.html", context)
    if job.is_running:
        response["Refresh"] = str(REFRESH_SECONDS)  # the browser polls; no JavaScript needed
    return response


@login_required
def report_job_download(request, pk: int, fmt: str):
    if fmt not in CONTENT_TYPES:
        raise Http404
    job = scoped_object(request, ReportJob, pk=pk)
    content = bytes(getattr(job, fmt) or b"")
    if not content:
        raise Http404
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{job.filename}.{fmt}"'
    return response
