"""Events: the list, recording one, its detail, equality monitoring and who came."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, require_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate

from .. import selectors, services
from ..forms import AttendeesForm, EqualityForm, EventFilterForm, EventForm
from ..models import Event
from ..periods import financial_year
from ..resources import EventExport
from .common import add_service_errors, ccg_choice, ccg_for_create, export, form_copy


def _filtered(request):
    require_model_perm(request, Event)  # 403 unless the role may see events somewhere
    form = EventFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.EventFilters(
        search=data.get("search", ""),
        kind=data.get("kind", ""),
        period=financial_year(data["year"]) if data.get("year") else None,
    )
    return form, selectors.event_list(scope=request.scope, filters=filters)


@login_required
def event_list(request):
    form, events = _filtered(request)
    page, query = paginate(request, events)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("engagement.add_event"),
    }
    return render(request, "engagement/event_list.html", context)


@login_required
def event_export(request, fmt: str):
    _, events = _filtered(request)
    return export(fmt, resource=EventExport(), items=events, filename="events")


@login_required
def event_add(request):
    ccg = ccg_for_create(request, Event)
    if ccg is None:
        return ccg_choice(request, Event, "Record an event")
    form = EventForm(request.POST or None, instance=Event(ccg=ccg))

    def create():
        event = services.event_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"{event.title} recorded.")
        return redirect("engagement:event_detail", pk=event.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "engagement/event_form.html", {"form": form, "ccg": ccg})


@login_required
def event_edit(request, pk: int):
    event = scoped_object(request, Event, "change", pk=pk)
    form = EventForm(request.POST or None, instance=form_copy(event))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(event=event, data=form.edit_data(), version=form.posted_version)
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{event.title} saved.")
            return redirect("engagement:event_detail", pk=event.pk)
    context = {"form": form, "event": event, "ccg": event.ccg}
    return render(request, "engagement/event_form.html", context)


@login_required
def event_detail(request, pk: int):
    event = scoped_object(request, Event, pk=pk)
    context = {
        "event": event,
        **selectors.event_related(scope=request.scope, event=event),
        "can_change": request.scope.can("engagement.change_event", event.ccg_id),
        "can_add_feedback": request.scope.can("engagement.add_feedback", event.ccg_id),
    }
    return render(request, "engagement/event_detail.html", context)


@login_required
def event_equality(request, pk: int):
    event = scoped_object(request, Event, "change", pk=pk)
    form = EqualityForm(request.POST or None, initial=EqualityForm.initial_from(event))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_equality_record(event=event, counts=form.counts())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Equality monitoring saved.")
            return redirect("engagement:event_detail", pk=event.pk)
    return render(request, "engagement/event_equality.html", {"form": form, "event": event})


@login_required
def event_attendees(request, pk: int):
    event = scoped_object(request, Event, "change", pk=pk)
    require_perm(request, "stakeholders.view_contact", event.ccg_id)  # the register's people
    search = request.GET.get("q", "").strip()
    contacts = selectors.contacts_for(scope=request.scope, ccg=event.ccg, search=search)
    form = AttendeesForm(request.POST or None, contacts=contacts)
    if request.method == "POST" and form.is_valid():
        try:
            added = services.event_attendees_add(
                event=event, contacts=list(form.cleaned_data["contacts"]), by=request.user
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{added} added; the event is in their history.")
            return redirect("engagement:event_detail", pk=event.pk)
    context = {"form": form, "event": event, "search": search}
    return render(request, "engagement/event_attendees.html", context)
