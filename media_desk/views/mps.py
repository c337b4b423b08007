"""MP and councillor work: the list with letters answered on time this financial year, one
MP's page (letters, quarterly briefings, meetings), starting the briefings, one held."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from accounts.access import require_perm, scoped_object
from core.concurrency import submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import services
from ..forms.briefings import BriefingHeldForm, BriefingScheduleForm
from ..models import MpBriefing
from ..navigation import desk_nav
from ..selectors import mps as selectors
from .common import now

DESK = selectors.DESK


def _year_start(request):
    """The financial year asked for (?year=2025 for 2025/26), else the current one."""
    current = selectors.financial_year_of(now().date())[0]
    asked = request.GET.get("year", "")
    if asked.isascii() and asked.isdigit() and 2000 <= int(asked) <= current.year:
        return current.replace(year=int(asked))
    return current


def _contact_or_404(request, pk: int):
    require_perm(request, DESK)
    contact = selectors.mp_contact(scope=request.scope, pk=pk)
    if contact is None:
        raise Http404
    return contact


@login_required
def mp_list(request):
    require_perm(request, DESK)
    year_start = _year_start(request)
    page, query = paginate(request, selectors.mp_contacts(scope=request.scope))
    ids = [contact.pk for contact in page]
    on_time = selectors.letters_on_time(contact_ids=ids, year_start=year_start)
    due = selectors.next_briefings_due(contact_ids=ids)
    rows = [
        {"contact": c, "on_time": on_time.get(c.pk, selectors.OnTime()), "due": due.get(c.pk)}
        for c in page
    ]
    context = {
        "page": page,
        "query": query,
        "rows": rows,
        "year_start": year_start,
        "desk_nav": desk_nav(scope=request.scope, current="mps"),
    }
    return render(request, "media_desk/mp_list.html", context)


def _detail(request, contact, held_form=None, status=200):
    scope = request.scope
    schedule = selectors.mp_schedule(contact=contact)
    year_start = selectors.financial_year_of(now().date())[0]
    on_time = selectors.letters_on_time(contact_ids=[contact.pk], year_start=year_start)
    can_schedule = scope.can("media_desk.add_briefingschedule", contact.ccg_id)
    briefings = selectors.mp_briefings(schedule=schedule)
    # The earliest briefing not held is the one to record: a form for it alone.
    next_due = min((b for b in briefings if not b.held_on), key=lambda b: b.due_on, default=None)
    context = {
        "contact": contact,
        "is_mp": contact.kind == "mp",
        "letters": selectors.mp_letters(contact=contact),
        "meetings": selectors.mp_meetings(scope=scope, contact=contact),
        "schedule": schedule,
        "briefings": briefings,
        "next_due": next_due,
        "held_form": held_form or BriefingHeldForm(),
        "on_time": on_time.get(contact.pk, selectors.OnTime()),
        "year_start": year_start,
        "can_schedule": can_schedule and schedule is None and contact.kind == "mp",
        "can_record": scope.can("media_desk.change_mpbriefing", contact.ccg_id),
        "desk_nav": desk_nav(scope=scope, current="mps"),
    }
    return render(request, "media_desk/mp_detail.html", context, status=status)


@login_required
def mp_detail(request, pk: int):
    return _detail(request, _contact_or_404(request, pk))


@login_required
def briefing_schedule_add(request, pk: int):
    contact = _contact_or_404(request, pk)
    require_perm(request, "media_desk.add_briefingschedule", contact.ccg_id)
    owners = selectors.briefing_owner_choices(scope=request.scope, contact=contact)
    form = BriefingScheduleForm(request.POST or None, owners=owners)

    def start():
        services.briefing_schedule_start(
            contact=contact,
            starts_on=form.cleaned_data["starts_on"],
            owner=form.cleaned_data["owner"],
            by=request.user,
        )
        messages.success(request, f"Quarterly briefings set up for {contact}.")
        return redirect("media_desk:mp_detail", pk=contact.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, start)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {
        "form": form,
        "contact": contact,
        "desk_nav": desk_nav(scope=request.scope, current="mps"),
    }
    return render(request, "media_desk/briefing_schedule_form.html", context)


@login_required
def mp_briefing_held(request, pk: int):
    require_perm(request, DESK)
    briefing = scoped_object(request, MpBriefing, pk=pk)
    contact = _contact_or_404(request, briefing.schedule.contact_id)
    require_perm(request, "media_desk.change_mpbriefing", briefing.ccg_id)
    if request.method != "POST":
        return redirect("media_desk:mp_detail", pk=contact.pk)
    form = BriefingHeldForm(request.POST)

    def record():
        services.mp_briefing_record_held(
            briefing=briefing,
            held_on=form.cleaned_data["held_on"],
            notes=form.cleaned_data["notes"],
            by=request.user,
        )
        messages.success(request, f"Briefing recorded as held ({briefing.quarter_label}).")
        return redirect("media_desk:mp_detail", pk=contact.pk)

    if form.is_valid():
        try:
            return submit_once(request, form, record)
        except ValidationError as error:
            add_service_errors(form, error)
    return _detail(request, contact, held_form=form, status=400)
