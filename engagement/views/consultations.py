"""Consultations: recording one, its statutory checklist item by item, the decision and the
report, and publishing the report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from stakeholders.selectors import maps_for

from .. import selectors, services
from ..forms import CheckForm, ConsultationForm, ReportForm
from ..models import CHECKLIST_HINTS, ChecklistItem, Consultation
from .common import add_service_errors, ccg_choice, ccg_for_create, form_copy, today


@login_required
def consultation_list(request):
    require_model_perm(request, Consultation)
    consultations = selectors.consultation_list(scope=request.scope)
    context = {
        "rows": [(c, c.stage(today())) for c in consultations],
        "checks_total": len(ChecklistItem),
        "can_add": request.scope.can("engagement.add_consultation"),
    }
    return render(request, "engagement/consultation_list.html", context)


def _form(request, consultation: Consultation):
    maps = maps_for(scope=request.scope, ccg_id=consultation.ccg_id)
    return ConsultationForm(request.POST or None, instance=consultation, maps=maps)


@login_required
def consultation_add(request):
    ccg = ccg_for_create(request, Consultation)
    if ccg is None:
        return ccg_choice(request, Consultation, "Plan a consultation")
    form = _form(request, Consultation(ccg=ccg))

    def create():
        consultation = services.consultation_create(
            ccg=ccg, data=form.cleaned_data, by=request.user
        )
        messages.success(request, f"{consultation.title} planned.")
        return redirect("engagement:consultation_detail", pk=consultation.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "engagement/consultation_form.html", {"form": form, "ccg": ccg})


@login_required
def consultation_edit(request, pk: int):
    consultation = scoped_object(request, Consultation, "change", pk=pk)
    form = _form(request, form_copy(consultation))
    if request.method == "POST" and form.is_valid():
        try:
            services.consultation_update(
                consultation=consultation,
                data=form.edit_data(),
                version=form.posted_version,
                by=request.user,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Consultation saved.")
            return redirect("engagement:consultation_detail", pk=consultation.pk)
    context = {"form": form, "ccg": consultation.ccg, "consultation": consultation}
    return render(request, "engagement/consultation_form.html", context)


@login_required
def consultation_detail(request, pk: int):
    consultation = scoped_object(request, Consultation, pk=pk)
    context = {
        "consultation": consultation,
        "stage": consultation.stage(today()),
        "checklist": selectors.consultation_checklist(consultation=consultation),
        "gaps": selectors.consultation_report_gaps(consultation=consultation, today=today()),
        "can_change": request.scope.can("engagement.change_consultation", consultation.ccg_id),
    }
    return render(request, "engagement/consultation_detail.html", context)


@login_required
def consultation_check(request, pk: int, item: str):
    consultation = scoped_object(request, Consultation, "change", pk=pk)
    if item not in ChecklistItem.values:
        raise Http404
    rows = selectors.consultation_checklist(consultation=consultation)
    saved = next(row.check for row in rows if row.item == item)
    initial = {"done_on": saved.done_on, "evidence": saved.evidence} if saved else {}
    form = CheckForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.consultation_check_record(
                consultation=consultation, item=item, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Checklist: {ChecklistItem(item).label} saved.")
            return redirect("engagement:consultation_detail", pk=consultation.pk)
    context = {
        "form": form,
        "consultation": consultation,
        "item": ChecklistItem(item),
        "hint": CHECKLIST_HINTS[item],
    }
    return render(request, "engagement/consultation_check.html", context)


@login_required
def consultation_report(request, pk: int):
    consultation = scoped_object(request, Consultation, "change", pk=pk)
    form = ReportForm(request.POST or None, instance=form_copy(consultation))
    if request.method == "POST" and form.is_valid():
        try:
            services.consultation_report_save(
                consultation=consultation, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Decision and report saved.")
            return redirect("engagement:consultation_detail", pk=consultation.pk)
    context = {"form": form, "consultation": consultation}
    return render(request, "engagement/consultation_report.html", context)


@login_required
@require_POST
def consultation_publish(request, pk: int):
    consultation = scoped_object(request, Consultation, "change", pk=pk)
    try:
        services.consultation_report_publish(consultation=consultation, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "The consultation report is on the public pages.")
    return redirect("engagement:consultation_detail", pk=consultation.pk)


@login_required
@require_POST
def consultation_withdraw(request, pk: int):
    consultation = scoped_object(request, Consultation, "change", pk=pk)
    services.consultation_report_withdraw(consultation=consultation)
    messages.success(request, "The consultation report is off the public pages.")
    return redirect("engagement:consultation_detail", pk=consultation.pk)
