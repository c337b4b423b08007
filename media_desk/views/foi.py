"""The FOI case's own pages: the decision (recorded once, then edited with its version) and the
drafted letters' download. The extension and the drafting of letters are steps on the item's
page (views.actions.STEPS). Every page goes through the item's scope: another CCG's case is 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render

from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors

from .. import selectors, services
from ..forms.foi import FoiDecisionForm
from ..models import Enquiry, FoiDecision, Kind
from ..models.foi import COST_LIMIT_HOURS, COST_LIMIT_POUNDS
from .common import enquiry_or_404

SAVED = "Decision saved. Draft the letter from the FOI case below."


def _foi_or_404(request, pk: int, action: str = "view") -> Enquiry:
    enquiry = enquiry_or_404(request, pk, action)
    if enquiry.kind != Kind.FOI:
        raise Http404
    return enquiry


def _decision_or_404(request, pk: int) -> FoiDecision:
    """A decision of an item the user may see (else 404), and may change (else 403)."""
    decision = selectors.foi_decision_visible(scope=request.scope, pk=pk)
    if decision is None:
        raise Http404
    if not request.scope.can("media_desk.change_enquiry", decision.enquiry.ccg_id):
        raise PermissionDenied
    return decision


def _render(request, form, enquiry):
    context = {
        "form": form,
        "enquiry": enquiry,
        "limit_hours": f"{COST_LIMIT_HOURS:.0f}",
        "limit_pounds": COST_LIMIT_POUNDS,
    }
    return render(request, "media_desk/foi_decision_form.html", context)


@login_required
def foi_decision(request, pk: int):
    """Record the decision the first time; once recorded, its edit page."""
    enquiry = _foi_or_404(request, pk, "change")
    existing = selectors.foi_case(enquiry=enquiry).decision
    if existing is not None:
        return redirect("media_desk:foi_decision_edit", pk=existing.pk)
    form = FoiDecisionForm(request.POST or None, instance=FoiDecision(enquiry=enquiry))

    def record():
        services.foi_decision_record(
            enquiry=enquiry, data=form.decision_data(), by=request.user, version=None
        )
        messages.success(request, SAVED)
        return redirect("media_desk:enquiry_detail", pk=enquiry.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, record)
        except ValidationError as error:
            add_service_errors(form, error)
    return _render(request, form, enquiry)


@login_required
def foi_decision_edit(request, pk: int):
    decision = _decision_or_404(request, pk)
    enquiry = decision.enquiry
    form = FoiDecisionForm(request.POST or None, instance=decision)
    if request.method == "POST" and form.is_valid():
        try:
            services.foi_decision_record(
                enquiry=enquiry,
                data=form.decision_data(),
                by=request.user,
                version=form.posted_version,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, SAVED)
            return redirect("media_desk:enquiry_detail", pk=enquiry.pk)
    return _render(request, form, enquiry)


@login_required
def foi_letter_download(request, pk: int, letter_pk: int):
    """The letter, only to those who may see the case: never a public media URL."""
    enquiry = _foi_or_404(request, pk)
    letter = get_object_or_404(enquiry.foi_letters, pk=letter_pk)
    name = letter.document.name.rsplit("/", 1)[-1]
    return FileResponse(letter.document.open("rb"), as_attachment=True, filename=name)
