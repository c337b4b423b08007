""" "You said": the feedback register, recording an item, telling its contributor."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, require_perm, scoped_object
from audit.recording import Action, record_view
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate

from .. import selectors, services
from ..forms import FeedbackFilterForm, FeedbackForm, InformForm
from ..models import Event, Feedback, FeedbackSource
from ..periods import financial_year
from ..resources import FeedbackExport
from .common import add_service_errors, ccg_choice, ccg_for_create, export, form_copy

IDENTIFY = "engagement.identify_feedback"


def _filtered(request):
    require_model_perm(request, Feedback)
    themes = selectors.feedback_filter_themes(scope=request.scope)
    form = FeedbackFilterForm(request.GET or None, themes=themes)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.FeedbackFilters(
        search=data.get("search", ""),
        theme=data["theme"].pk if data.get("theme") else None,
        source=data.get("source", ""),
        sentiment=data.get("sentiment", ""),
        answer=data.get("answer", ""),
        period=financial_year(data["year"]) if data.get("year") else None,
    )
    return form, selectors.feedback_list(scope=request.scope, filters=filters)


@login_required
def feedback_list(request):
    form, feedback = _filtered(request)
    page, query = paginate(request, feedback)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("engagement.add_feedback"),
    }
    return render(request, "engagement/feedback_list.html", context)


@login_required
def feedback_export(request, fmt: str):
    _, feedback = _filtered(request)
    return export(fmt, resource=FeedbackExport(), items=feedback, filename="feedback")


def _heard_at(request) -> Event | None:
    event_id = request.GET.get("event", "")
    return scoped_object(request, Event, pk=int(event_id)) if event_id.isdigit() else None


@login_required
def feedback_add(request):
    event = _heard_at(request)
    ccg = event.ccg if event else ccg_for_create(request, Feedback)
    if ccg is None:
        return ccg_choice(request, Feedback, "Record feedback")
    require_perm(request, "engagement.add_feedback", ccg.pk)
    initial = {}
    if event:
        heard_on = timezone.localtime(event.starts_at).date()
        initial = {"event": event, "source": FeedbackSource.EVENT, "received_on": heard_on}
    form = FeedbackForm(
        request.POST or None,
        instance=Feedback(ccg=ccg),
        initial=initial,
        events=selectors.events_for_picker(scope=request.scope, ccg=ccg),
    )

    def record():
        feedback = services.feedback_record(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, "Feedback recorded.")
        if event and "another" in request.POST:
            return redirect(f"{request.path}?event={event.pk}")
        return redirect("engagement:feedback_detail", pk=feedback.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, record)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "ccg": ccg, "event": event}
    return render(request, "engagement/feedback_form.html", context)


@login_required
def feedback_edit(request, pk: int):
    feedback = scoped_object(request, Feedback, "change", pk=pk)
    form = FeedbackForm(
        request.POST or None,
        instance=form_copy(feedback),
        events=selectors.events_for_picker(
            scope=request.scope, ccg=feedback.ccg, keep=feedback.event_id
        ),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.feedback_update(
                feedback=feedback, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            if stale.current.has_contributor:  # the page shows who said it
                record_view(request, action=Action.CONTRIBUTOR_VIEWED, record=stale.current)
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Feedback saved.")
            return redirect("engagement:feedback_detail", pk=feedback.pk)
    context = {"form": form, "ccg": feedback.ccg, "feedback": feedback}
    if feedback.has_contributor:  # the form shows who said it
        record_view(request, action=Action.CONTRIBUTOR_VIEWED, record=feedback)
    return render(request, "engagement/feedback_form.html", context)


def render_feedback(request, feedback: Feedback, inform_form=None, status: int = 200):
    scope = request.scope
    may_identify = scope.can(IDENTIFY, feedback.ccg_id)
    can_change = scope.can("engagement.change_feedback", feedback.ccg_id)
    response = getattr(feedback, "response", None)
    to_tell = response and feedback.wants_feedback and not feedback.fed_back_on
    context = {
        "feedback": feedback,
        "themes": list(feedback.themes.all()),
        "response": response,
        "may_identify": may_identify,
        "show_inform": bool(inform_form) or (may_identify and can_change and to_tell),
        "history": selectors.feedback_history(scope=scope, feedback=feedback),
        "can_change": can_change,
        "can_respond": scope.can("engagement.add_response", feedback.ccg_id),
        "inform_form": inform_form or InformForm(),
    }
    if may_identify and feedback.has_contributor:
        record_view(request, action=Action.CONTRIBUTOR_VIEWED, record=feedback)
    return render(request, "engagement/feedback_detail.html", context, status=status)


@login_required
def feedback_detail(request, pk: int):
    feedback = scoped_object(request, Feedback, pk=pk)
    return render_feedback(request, feedback)


@login_required
@require_POST
def feedback_inform(request, pk: int):
    feedback = scoped_object(request, Feedback, "change", pk=pk)
    form = InformForm(request.POST)
    if form.is_valid():
        try:
            services.feedback_contributor_inform(
                feedback=feedback,
                on=form.cleaned_data["fed_back_on"],
                how=form.cleaned_data["fed_back_how"],
                by=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Recorded: they have been told what we did.")
            return redirect("engagement:feedback_detail", pk=feedback.pk)
    return render_feedback(request, feedback, inform_form=form, status=400)


@login_required
@require_POST
def feedback_erase(request, pk: int):
    feedback = scoped_object(request, Feedback, "change", pk=pk)
    require_perm(request, IDENTIFY, feedback.ccg_id)
    services.feedback_contributor_erase(feedback=feedback)
    messages.success(request, "Who gave this feedback has been erased; what they said is kept.")
    return redirect("engagement:feedback_detail", pk=feedback.pk)
