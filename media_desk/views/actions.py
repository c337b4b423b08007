"""The steps on an item's detail page. Each step posts one small form and calls one service; a
refusal re-renders the detail page with the message on the field, keeping what the user typed.

STEPS is the whole list: the form, the permission, the service call and the message of each."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from accounts.scoping import Scope
from core.concurrency import OnceTokenForm, submit_once
from core.editing import add_service_errors

from .. import selectors, services
from ..forms import (
    AddRequesterForm,
    AssignForm,
    CloseForm,
    FoiStepForm,
    HoldingReplyForm,
    LinkRequesterForm,
    RespondForm,
    SignOffForm,
)
from ..forms.foi import FoiExtensionForm, FoiLetterForm
from ..forms.lines import UseLineForm
from ..models import Enquiry
from ..selectors.lines import lines_usable
from .common import enquiry_or_404
from .items import render_detail


def _assign_choices(enquiry: Enquiry, scope: Scope) -> dict:
    return selectors.assign_choices(scope=scope, enquiry=enquiry)


@dataclass(frozen=True)
class Step:
    form: type[forms.Form]
    prefix: str
    call: Callable[[Enquiry, dict], object]
    done: str  # may name the item's fields: "{enquiry.holding_label} recorded."
    action: str = "change"
    perm: str = ""  # a permission the step also needs in the item's CCG (the register's)
    form_kwargs: Callable[[Enquiry, Scope], dict] = field(default=lambda enquiry, scope: {})


def _foi(service, done: str) -> Step:
    return Step(FoiStepForm, "foi", lambda e, d: service(enquiry=e, at=d["at"]), done)


STEPS: dict[str, Step] = {
    "assign": Step(
        AssignForm,
        "assign",
        lambda e, d: services.enquiry_assign(
            enquiry=e, owner=d["owner"], spokesperson=d["spokesperson"], by=d["by"]
        ),
        "Owner and spokesperson saved.",
        form_kwargs=_assign_choices,
    ),
    "holding-reply": Step(
        HoldingReplyForm,
        "holding",
        lambda e, d: services.enquiry_send_holding_reply(
            enquiry=e, text=d["holding_reply"], at=d["holding_sent_at"]
        ),
        "{enquiry.holding_label} recorded.",
        form_kwargs=lambda enquiry, scope: {"label": enquiry.holding_label},
    ),
    "sign-off": Step(
        SignOffForm,
        "sign_off",
        lambda e, d: services.enquiry_sign_off(
            enquiry=e, signed_off_by=d["signed_off_by"], response=d["response"]
        ),
        "Sign-off recorded.",
        action="sign_off",
    ),
    "use-line": Step(
        UseLineForm,
        "line",
        lambda e, d: services.enquiry_line_use(enquiry=e, line=d["line"], by=d["by"]),
        "Response drafted from the line to take: {enquiry.line_used}. Record its sign-off "
        "before it is sent.",
        form_kwargs=lambda enquiry, scope: {"lines": lines_usable(enquiry=enquiry)},
    ),
    "respond": Step(
        RespondForm,
        "respond",
        lambda e, d: services.enquiry_respond(
            enquiry=e, response=d["response"], at=d["responded_at"]
        ),
        "Response recorded as sent.",
    ),
    "link-requester": Step(
        LinkRequesterForm,
        "link",
        lambda e, d: services.enquiry_requester_link(enquiry=e, contact=d["contact"]),
        "Linked to {enquiry.requester_contact} in the register.",
        perm="stakeholders.view_contact",
        form_kwargs=lambda enquiry, scope: {
            "contacts": selectors.link_choices(scope=scope, enquiry=enquiry)
        },
    ),
    "add-requester": Step(
        AddRequesterForm,
        "add_requester",
        lambda e, d: services.enquiry_requester_add_to_register(enquiry=e, by=d["by"]),
        "{enquiry.requester_contact} added to the register and linked.",
        perm="stakeholders.add_contact",
    ),
    "close": Step(
        CloseForm,
        "close",
        lambda e, d: services.enquiry_close(enquiry=e, note=d["closure_note"]),
        "Closed.",
    ),
    "clarification-requested": _foi(
        services.foi_clarification_request, "Clarification asked for: the clock stops."
    ),
    "clarification-received": _foi(
        services.foi_clarification_receive, "Clarification received: the clock restarts."
    ),
    "fees-notice": _foi(services.foi_fees_notice_send, "Fees notice sent: the clock is paused."),
    "fee-received": _foi(services.foi_fee_receive, "Fee received: the clock runs again."),
    "review-requested": _foi(
        services.foi_review_request, "Internal review requested: 20 working days."
    ),
    "review-extended": _foi(
        lambda *, enquiry, at: services.foi_review_extend(enquiry=enquiry),
        "Review extended to 40 working days.",
    ),
    "review-completed": _foi(services.foi_review_complete, "Internal review completed."),
    "foi-extension": Step(
        FoiExtensionForm,
        "extension",
        lambda e, d: services.foi_extension_record(
            enquiry=e, told_at=d["requester_told_of_extension_at"]
        ),
        "Response extended for the public interest test: see the new deadline.",
    ),
    "foi-letter": Step(
        FoiLetterForm,
        "letter",
        lambda e, d: services.foi_letter_draft(enquiry=e, kind=d["kind"], by=d["by"]),
        "Letter drafted: download it from the FOI case below.",
    ),
}


@login_required
@require_POST
def enquiry_step(request, pk: int, step: str):
    if step not in STEPS:
        raise Http404
    spec = STEPS[step]
    enquiry = enquiry_or_404(request, pk, spec.action)
    if spec.perm and not request.scope.can(spec.perm, enquiry.ccg_id):
        raise PermissionDenied
    form = spec.form(request.POST, prefix=spec.prefix, **spec.form_kwargs(enquiry, request.scope))

    def send():
        spec.call(enquiry, {**form.cleaned_data, "by": request.user})
        messages.success(request, spec.done.format(enquiry=enquiry))
        return redirect("media_desk:enquiry_detail", pk=enquiry.pk)

    if form.is_valid():
        try:
            return submit_once(request, form, send)  # a double click records the step once
        except ValidationError as error:
            add_service_errors(form, error)
    return render_detail(request, enquiry, bound={spec.prefix: form}, status=400)


@login_required
@require_POST
def enquiry_refer_to_foi(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    form = OnceTokenForm(request.POST)
    form.is_valid()  # only the token: a bad one is no token

    def refer():
        foi = services.enquiry_refer_to_foi(enquiry=enquiry, by=request.user)
        messages.success(
            request, "Referred as an FOI request; the 20 working days run from receipt."
        )
        return redirect("media_desk:enquiry_detail", pk=foi.pk)

    try:
        return submit_once(request, form, refer)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("media_desk:enquiry_detail", pk=enquiry.pk)
