"""Action plans: the list (by plan and RAG; overdue actions show red by themselves), adding an
action and updating it."""

import copy

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
from ..forms import ActionFilterForm, ActionItemForm
from ..models import ActionItem


@login_required
def action_list(request):
    require_model_perm(request, ActionItem)
    campaigns = selectors.campaigns_visible(scope=request.scope)
    form = ActionFilterForm(request.GET or None, campaigns=campaigns)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.ActionFilters(
        plan=data.get("plan", ""), rag=data.get("rag", ""), open_only=data.get("open_only", False)
    )
    items = selectors.action_list(scope=request.scope, today=timezone.localdate(), filters=filters)
    page, query = paginate(request, items)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("campaigns.add_actionitem"),
        "can_change": request.scope.can("campaigns.change_actionitem"),
    }
    return render(request, "campaigns/action_list.html", context)


@login_required
def action_add(request):
    ccg = ccg_for_create(request, ActionItem)
    if ccg is None:
        return ccg_choice(request, ActionItem, "Add an action")
    form = ActionItemForm(request.POST or None, instance=ActionItem(ccg=ccg))

    def create():
        item = services.action_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"Action added: {item.title}.")
        return redirect("campaigns:action_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/action_form.html", {"form": form, "ccg": ccg})


@login_required
def action_edit(request, pk: int):
    item = scoped_object(request, ActionItem, "change", pk=pk)
    form = ActionItemForm(request.POST or None, instance=copy.copy(item))
    if request.method == "POST" and form.is_valid():
        try:
            services.action_update(item=item, data=form.edit_data(), version=form.posted_version)
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Action saved: {item.title}.")
            return redirect("campaigns:action_list")
    context = {"form": form, "item": item, "ccg": item.ccg}
    return render(request, "campaigns/action_form.html", context)
