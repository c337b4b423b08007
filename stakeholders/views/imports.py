from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, scoped_object
from accounts.selectors import ccgs_with
from stakeholders import selectors, services
from stakeholders.forms import ImportForm
from stakeholders.importing.headers import COLUMNS
from stakeholders.models import ImportJob

from ..resources import ImportReportExport
from .common import add_service_errors, export


@login_required
def import_list(request):
    require_model_perm(request, ImportJob)
    jobs = selectors.import_job_list(scope=request.scope)
    context = {"jobs": jobs[:50], "can_add": request.scope.can("stakeholders.add_importjob")}
    return render(request, "stakeholders/import_list.html", context)


@login_required
def import_create(request):
    require_model_perm(request, ImportJob, "add")
    ccgs = list(ccgs_with(scope=request.scope, perm=selectors.ADD_IMPORT))
    lists = selectors.import_lists(scope=request.scope)
    posted = request.method == "POST"
    form = ImportForm(
        request.POST if posted else None, request.FILES if posted else None, ccgs=ccgs, lists=lists
    )
    if posted and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            job = services.import_job_start(
                ccg=form.chosen_ccg(),
                user=request.user,
                filename=upload.name,
                content=upload.read(),
                distribution_list=data["distribution_list"],
                lawful_basis=data["lawful_basis"],
                consent_source=data["consent_source"],
                default_consent_date=data["default_consent_date"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return redirect("stakeholders:import_detail", pk=job.pk)
    context = {"form": form, "columns": COLUMNS}
    return render(request, "stakeholders/import_form.html", context)


@login_required
def import_detail(request, pk: int):
    job = scoped_object(request, ImportJob, pk=pk)
    context = {
        "job": job,
        "notice": selectors.import_job_notice(job=job),
        **selectors.import_report_sections(report=job.report),
        "can_confirm": job.can_confirm
        and request.scope.can("stakeholders.change_importjob", job.ccg_id),
    }
    return render(request, "stakeholders/import_detail.html", context)


@login_required
def import_status(request, pk: int):
    job = scoped_object(request, ImportJob, pk=pk)
    return JsonResponse(
        {
            "status": job.status,
            "status_label": job.get_status_display(),
            "phase": job.phase,
            "processed": job.processed,
            "total": job.total,
            "percent": job.percent,
            "text": f"{job.phase or job.get_status_display()}: {job.processed} of {job.total} "
            f"rows ({job.percent}%)",
            "running": job.is_running,
            "notice": selectors.import_job_notice(job=job),
        }
    )


@login_required
@require_POST
def import_confirm(request, pk: int):
    job = scoped_object(request, ImportJob, "change", pk=pk)
    try:
        job = services.import_job_confirm(job=job, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if job.status == "imported":
            messages.success(request, "Import finished.")
    return redirect("stakeholders:import_detail", pk=job.pk)


@login_required
@require_POST
def import_cancel(request, pk: int):
    job = scoped_object(request, ImportJob, "change", pk=pk)
    try:
        services.import_job_cancel(job=job)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Import cancelled. Nothing was written.")
    return redirect("stakeholders:import_detail", pk=job.pk)


@login_required
def import_report(request, pk: int):
    job = scoped_object(request, ImportJob, pk=pk)
    return export(
        "csv",
        resource=ImportReportExport(),
        items=selectors.import_report_rows(report=job.report),
        filename=f"import-{job.pk}-report",
    )
