"""The steps on an item's detail page. Each posts one small form and calls one service; a refusal
re-renders the detail page with the message on the field and what the user typed kept."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from accounts.models import User

from .. import services
from ..forms import AssignForm, CloseForm, FoiStepForm, HoldingReplyForm, RespondForm, SignOffForm
from ..models import Spokesperson
from .common import apply_service_errors, enquiry_or_404
from .items import render_detail


def _run(request, enquiry, key, form, call, done: str):
    if form.is_valid():
        try:
            call(form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("media_desk:enquiry_detail", pk=enquiry.pk)
    return render_detail(request, enquiry, bound={key: form}, status=400)


@login_required
@require_POST
def enquiry_assign(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    owners = User.objects.filter(memberships__ccg=enquiry.ccg, memberships__role__name="Comms team")
    form = AssignForm(
        request.POST,
        prefix="assign",
        owners=owners,
        spokespeople=Spokesperson.objects.filter(ccg=enquiry.ccg),
    )
    return _run(
        request,
        enquiry,
        "assign",
        form,
        lambda d: services.enquiry_assign(
            enquiry=enquiry, owner=d["owner"], spokesperson=d["spokesperson"]
        ),
        "Owner and spokesperson saved.",
    )


@login_required
@require_POST
def enquiry_holding_reply(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    form = HoldingReplyForm(request.POST, prefix="holding")
    return _run(
        request,
        enquiry,
        "holding",
        form,
        lambda d: services.enquiry_send_holding_reply(
            enquiry=enquiry, text=d["holding_reply"], at=d["holding_sent_at"]
        ),
        "Holding reply recorded.",
    )


@login_required
@require_POST
def enquiry_sign_off(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "sign_off")
    form = SignOffForm(request.POST, prefix="sign_off")
    return _run(
        request,
        enquiry,
        "sign_off",
        form,
        lambda d: services.enquiry_sign_off(
            enquiry=enquiry, signed_off_by=d["signed_off_by"], response=d["response"]
        ),
        "Sign-off recorded.",
    )


@login_required
@require_POST
def enquiry_respond(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    form = RespondForm(request.POST, prefix="respond")
    return _run(
        request,
        enquiry,
        "respond",
        form,
        lambda d: services.enquiry_respond(
            enquiry=enquiry, response=d["response"], at=d["responded_at"]
        ),
        "Response recorded as sent.",
    )


@login_required
@require_POST
def enquiry_close(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    form = CloseForm(request.POST, prefix="close")
    return _run(
        request,
        enquiry,
        "close",
        form,
        lambda d: services.enquiry_close(enquiry=enquiry, note=d["closure_note"]),
        "Closed.",
    )


@login_required
@require_POST
def enquiry_refer_to_foi(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    try:
        foi = services.enquiry_refer_to_foi(enquiry=enquiry, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("media_desk:enquiry_detail", pk=enquiry.pk)
    messages.success(request, "Referred as an FOI request; the 20 working days run from receipt.")
    return redirect("media_desk:enquiry_detail", pk=foi.pk)


FOI_STEPS = {
    "clarification-requested": (
        services.foi_clarification_request,
        "Clarification asked for: the clock stops.",
    ),
    "clarification-received": (
        services.foi_clarification_receive,
        "Clarification received: the clock restarts.",
    ),
    "fees-notice": (services.foi_fees_notice_send, "Fees notice sent: the clock is paused."),
    "fee-received": (services.foi_fee_receive, "Fee received: the clock runs again."),
    "review-requested": (
        services.foi_review_request,
        "Internal review requested: 20 working days.",
    ),
    "review-completed": (services.foi_review_complete, "Internal review completed."),
}


FOI_REVIEW_EXTEND = (
    lambda *, enquiry, at: services.foi_review_extend(enquiry=enquiry),
    "Review extended to 40 working days.",
)


def _foi_call(service, enquiry):
    def call(data):
        return service(enquiry=enquiry, at=data["at"])

    return call


@login_required
@require_POST
def foi_step(request, pk: int, step: str):
    enquiry = enquiry_or_404(request, pk, "change")
    if step == "review-extended":
        service, done = FOI_REVIEW_EXTEND
    elif step in FOI_STEPS:
        service, done = FOI_STEPS[step]
    else:
        raise Http404
    form = FoiStepForm(request.POST, prefix="foi")
    call = _foi_call(service, enquiry)
    return _run(request, enquiry, "foi", form, call, done)
