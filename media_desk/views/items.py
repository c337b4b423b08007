from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from accounts.selectors import ccgs_with
from core.concurrency import OnceTokenForm, StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors

from .. import selectors, services
from ..forms import (
    AddRequesterForm,
    AssignForm,
    CloseForm,
    EnquiryEditForm,
    EnquiryLogForm,
    FoiStepForm,
    HoldingReplyForm,
    LinkRequesterForm,
    RespondForm,
    SignOffForm,
)
from ..forms.disclosure import DisclosureForm, disclosure_initial
from ..forms.foi import FoiExtensionForm, FoiLetterForm
from ..forms.lines import LineSearchForm, UseLineForm
from ..models import DisclosureLogEntry, Kind
from ..presenters import LOG_HEADINGS
from ..selectors.lines import lines_for_enquiry
from .common import enquiry_or_404, now

VIEW = "media_desk.view_enquiry"


def _log_ccgs(request, kind: str):
    """CCGs where the user may log this kind (selectors.enquiry_log_permission)."""
    ccgs = ccgs_with(scope=request.scope, perm=selectors.enquiry_log_permission(kind=kind))
    if not ccgs:
        raise PermissionDenied
    return ccgs


@login_required
def enquiry_log(request, kind: str):
    if kind not in Kind.values:
        raise Http404
    ccgs = _log_ccgs(request, kind)
    requesters = selectors.requester_choices(
        scope=request.scope, kind=kind, ccg_ids=[ccg.pk for ccg in ccgs]
    )
    full = request.scope.can(VIEW)
    form = EnquiryLogForm(
        request.POST or None, kind=kind, ccgs=ccgs, requesters=requesters, full=full
    )

    def log():
        enquiry = services.enquiry_log(enquiry=form.instance, logged_by=request.user)
        messages.success(request, f"Logged: {enquiry.subject}. The comms team has it now.")
        # The desk's page only where they work the desk; elsewhere they follow it as staff.
        on_desk = request.scope.can(VIEW, enquiry.ccg_id)
        target = "media_desk:enquiry_detail" if on_desk else "media_desk:my_enquiry"
        return redirect(target, pk=enquiry.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, log)  # sent twice: one item, the same answer
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "kind": Kind(kind), "heading": LOG_HEADINGS[kind]}
    return render(request, "media_desk/log_form.html", context)


@login_required
def my_enquiries(request):
    enquiries = selectors.enquiries_logged_by(scope=request.scope, user=request.user)
    rows = [selectors.queue_row(enquiry=e, now=now()) for e in enquiries[:100]]
    return render(request, "media_desk/mine.html", {"rows": rows})


@login_required
def my_enquiry(request, pk: int):
    enquiry = selectors.enquiry_for_logger(scope=request.scope, user=request.user, pk=pk)
    if enquiry is None:
        raise Http404
    deadlines = selectors.deadline_rows(enquiry=enquiry, now=now())
    return render(
        request, "media_desk/my_enquiry.html", {"enquiry": enquiry, "deadlines": deadlines}
    )


def _action_forms(request, enquiry, suggestions, bound=None):
    choices = selectors.assign_choices(scope=request.scope, enquiry=enquiry)
    initial = {"owner": enquiry.owner_id, "spokesperson": enquiry.spokesperson_id}
    best = suggestions[0].contact.pk if suggestions else None
    forms = {
        "link": LinkRequesterForm(
            prefix="link",
            contacts=selectors.link_choices(scope=request.scope, enquiry=enquiry),
            initial={"contact": best},
        ),
        "add_requester": AddRequesterForm(prefix="add_requester"),
        "assign": AssignForm(initial=initial, prefix="assign", **choices),
        "holding": HoldingReplyForm(
            prefix="holding",
            initial={"holding_reply": enquiry.holding_reply},
            label=enquiry.holding_label,
        ),
        "sign_off": SignOffForm(prefix="sign_off", initial={"response": enquiry.response}),
        "respond": RespondForm(prefix="respond", initial={"response": enquiry.response}),
        "close": CloseForm(prefix="close"),
        "foi": FoiStepForm(prefix="foi"),
        "refer": OnceTokenForm(),
        "extension": FoiExtensionForm(prefix="extension"),
        "letter": FoiLetterForm(prefix="letter"),
    }
    if _offers_lines(enquiry):
        search = LineSearchForm(request.GET or None, prefix="line")
        typed = search.cleaned_data["q"] if search.is_valid() else ""
        found = lines_for_enquiry(enquiry=enquiry, search=typed)
        forms["line_search"] = search
        forms["line"] = UseLineForm(prefix="line", lines=found)
    if enquiry.kind == Kind.FOI:
        forms["disclosure"] = DisclosureForm(
            prefix="disclosure", instance=DisclosureLogEntry(), initial=disclosure_initial(enquiry)
        )
        forms["withdraw"] = OnceTokenForm()
    forms.update(bound or {})
    return forms


def _offers_lines(enquiry) -> bool:
    """A media enquiry not yet answered may take a line to take as its draft response."""
    return enquiry.kind == Kind.MEDIA and not enquiry.responded_at


def render_detail(request, enquiry, bound=None, status=200):
    suggestions = selectors.requester_suggestions(scope=request.scope, enquiry=enquiry)
    context = {
        "enquiry": enquiry,
        "deadlines": selectors.deadline_rows(enquiry=enquiry, now=now()),
        "timeline": selectors.enquiry_timeline(enquiry=enquiry),
        "forms": _action_forms(request, enquiry, suggestions, bound),
        "suggestions": suggestions,
        "foi": selectors.foi_case(enquiry=enquiry) if enquiry.kind == Kind.FOI else None,
        "can_change": request.scope.can("media_desk.change_enquiry", enquiry.ccg_id),
        "can_link": request.scope.can("stakeholders.view_contact", enquiry.ccg_id),
        "can_add_contact": request.scope.can("stakeholders.add_contact", enquiry.ccg_id),
        "offers_lines": _offers_lines(enquiry),
        **_disclosure_context(request, enquiry),
    }
    return render(request, "media_desk/detail.html", context, status=status)


def _disclosure_context(request, enquiry) -> dict:
    """The FOI item's disclosure log entry and what the user may do with it."""
    if enquiry.kind != Kind.FOI:
        return {}
    can = request.scope.can
    return {
        "disclosure": selectors.disclosure_of(enquiry=enquiry),
        "can_publish": can("media_desk.add_disclosurelogentry", enquiry.ccg_id),
        "can_change_disclosure": can("media_desk.change_disclosurelogentry", enquiry.ccg_id),
    }


@login_required
def enquiry_detail(request, pk: int):
    enquiry = enquiry_or_404(request, pk)
    return render_detail(request, enquiry)


@login_required
def enquiry_edit(request, pk: int):
    enquiry = enquiry_or_404(request, pk, "change")
    form = EnquiryEditForm(request.POST or None, instance=enquiry)
    if request.method == "POST" and form.is_valid():
        try:
            services.enquiry_update(
                enquiry=enquiry, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Details saved.")
            return redirect("media_desk:enquiry_detail", pk=enquiry.pk)
    return render(request, "media_desk/edit_form.html", {"form": form, "enquiry": enquiry})
