"""Correction and rebuttal requests: a coverage item with its requests, asking for one,
following one up, and the list of those still open."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, require_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import services
from ..forms.corrections import CorrectionOutcomeForm, CorrectionRequestForm
from ..models import CorrectionRequest, Coverage
from ..navigation import desk_nav
from ..selectors.corrections import corrections_of, corrections_to_follow_up

ADD = "media_desk.add_correctionrequest"


def _nav(request) -> list[dict]:
    return desk_nav(scope=request.scope, current="corrections")


@login_required
def correction_list(request):
    require_model_perm(request, CorrectionRequest)
    include_closed = request.GET.get("show") == "all"
    requests = corrections_to_follow_up(scope=request.scope, include_closed=include_closed)
    page, query = paginate(request, requests)
    context = {"page": page, "query": query, "all": include_closed, "desk_nav": _nav(request)}
    return render(request, "media_desk/correction_list.html", context)


@login_required
def coverage_detail(request, pk: int):
    coverage = scoped_object(request, Coverage, pk=pk)
    scope = request.scope
    context = {
        "coverage": coverage,
        "can_see_requests": scope.can("media_desk.view_correctionrequest", coverage.ccg_id),
        "can_ask": scope.can(ADD, coverage.ccg_id),
        "can_follow_up": scope.can("media_desk.change_correctionrequest", coverage.ccg_id),
        "can_edit": scope.can("media_desk.change_coverage", coverage.ccg_id),
        "desk_nav": desk_nav(scope=scope, current="coverage"),
    }
    if context["can_see_requests"]:
        context["requests"] = corrections_of(coverage=coverage)
    return render(request, "media_desk/coverage_detail.html", context)


@login_required
def correction_add(request, pk: int):
    coverage = scoped_object(request, Coverage, pk=pk)
    require_perm(request, ADD, coverage.ccg_id)
    form = CorrectionRequestForm(request.POST or None)

    def create():
        services.correction_request(coverage=coverage, data=form.cleaned_data, by=request.user)
        messages.success(request, "Correction request recorded: it stays open until followed up.")
        return redirect("media_desk:coverage_detail", pk=coverage.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {
        "form": form,
        "coverage": coverage,
        "heading": "Ask for a correction",
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/correction_form.html", context)


@login_required
def correction_edit(request, pk: int):
    correction = scoped_object(request, CorrectionRequest, "change", pk=pk)
    form = CorrectionOutcomeForm(request.POST or None, instance=correction)
    if request.method == "POST" and form.is_valid():
        try:
            services.correction_update(
                correction=correction, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Saved: {correction.get_outcome_display().lower()}.")
            return redirect("media_desk:coverage_detail", pk=correction.coverage_id)
    context = {
        "form": form,
        "coverage": correction.coverage,
        "heading": "Follow up the correction request",
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/correction_form.html", context)
