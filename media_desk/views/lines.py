"""The lines-to-take library: the list and its search, one line, adding, editing, history.
Taking a line on an enquiry is one of the enquiry's steps (actions.py)."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import ccg_choice, ccg_for_create, require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import services
from ..forms.lines import LineForm, LineSearchForm
from ..models import LineToTake
from ..navigation import desk_nav
from ..selectors.lines import line_history as versions_of
from ..selectors.lines import line_list as lines_matching

ADD = "media_desk.add_linetotake"


def _nav(request) -> list[dict]:
    return desk_nav(scope=request.scope, current="lines")


@login_required
def line_list(request):
    require_model_perm(request, LineToTake)
    form = LineSearchForm(request.GET or None)
    search = form.cleaned_data["q"] if form.is_valid() else ""
    page, query = paginate(request, lines_matching(scope=request.scope, search=search))
    context = {
        "form": form,
        "page": page,
        "query": query,
        "search": search,
        "can_add": request.scope.can(ADD),
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/line_list.html", context)


@login_required
def line_detail(request, pk: int):
    line = scoped_object(request, LineToTake, pk=pk)
    context = {
        "line": line,
        "shared_with": list(line.shared_with.order_by("name")),
        "can_change": request.scope.can("media_desk.change_linetotake", line.ccg_id),
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/line_detail.html", context)


@login_required
def line_add(request):
    ccg = ccg_for_create(request, LineToTake)
    if ccg is None:
        return ccg_choice(request, LineToTake, "Add a line to take")
    form = LineForm(request.POST or None, instance=LineToTake(ccg=ccg), scope=request.scope)

    def create():
        line = services.line_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"Line to take added: {line.topic}.")
        return redirect("media_desk:line_detail", pk=line.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)  # sent twice, added once
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "ccg": ccg, "heading": "Add a line to take", "desk_nav": _nav(request)}
    return render(request, "media_desk/line_form.html", context)


@login_required
def line_edit(request, pk: int):
    line = scoped_object(request, LineToTake, "change", pk=pk)
    form = LineForm(request.POST or None, instance=copy.copy(line), scope=request.scope)
    if request.method == "POST" and form.is_valid():
        try:
            services.line_update(
                line=line,
                data=form.edit_data(),
                version=form.posted_version,
                shared_offered=form.fields["shared_with"].queryset,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Saved: {line.topic}.")
            return redirect("media_desk:line_detail", pk=line.pk)
    context = {
        "form": form,
        "ccg": line.ccg,
        "line": line,
        "heading": f"Edit {line.topic}",
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/line_form.html", context)


@login_required
def line_history(request, pk: int):
    line = scoped_object(request, LineToTake, pk=pk)
    context = {
        "line": line,
        "versions": versions_of(line=line),
        "desk_nav": _nav(request),
    }
    return render(request, "media_desk/line_history.html", context)
