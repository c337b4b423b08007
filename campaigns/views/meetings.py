"""Meetings: the list, adding one, editing it. The public list is one of the public pages
(engagement/views/public.py), read through `campaigns.selectors.meetings_public`."""

import copy
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from accounts.access import ccg_choice, ccg_for_create, require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import selectors, services
from ..forms import MeetingForm
from ..models import Meeting


@login_required
def meeting_list(request):
    require_model_perm(request, Meeting)
    show_past = request.GET.get("past") == "1"
    since = None if show_past else timezone.now() - datetime.timedelta(days=1)
    meetings = selectors.meeting_list(scope=request.scope, upcoming_from=since)
    page, query = paginate(request, meetings)
    context = {
        "page": page,
        "query": query,
        "show_past": show_past,
        "can_add": request.scope.can("campaigns.add_meeting"),
    }
    return render(request, "campaigns/meeting_list.html", context)


@login_required
def meeting_add(request):
    ccg = ccg_for_create(request, Meeting)
    if ccg is None:
        return ccg_choice(request, Meeting, "Add a meeting")
    form = MeetingForm(request.POST or None, instance=Meeting(ccg=ccg))

    def create():
        meeting = services.meeting_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"{meeting.title} added.")
        return redirect("campaigns:meeting_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/meeting_form.html", {"form": form, "ccg": ccg})


@login_required
def meeting_edit(request, pk: int):
    meeting = scoped_object(request, Meeting, "change", pk=pk)
    form = MeetingForm(request.POST or None, instance=copy.copy(meeting))
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(
                meeting=meeting, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{meeting.title} saved.")
            return redirect("campaigns:meeting_list")
    context = {"form": form, "meeting": meeting, "ccg": meeting.ccg}
    return render(request, "campaigns/meeting_form.html", context)
