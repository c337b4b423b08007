"""Content items: the list (by channel and status), planning one, editing it, and its page with
the approval path's buttons (ask for approval, approve, send back, schedule, publish)."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import ccg_choice, ccg_for_create, require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import selectors, services
from ..forms import ContentActionForm, ContentFilterForm, ContentForm, SubmitForApprovalForm
from ..models import APPROVE_CONTENT, ContentItem, ContentStatus


@login_required
def content_list(request):
    require_model_perm(request, ContentItem)
    form = ContentFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.ContentFilters(
        channel=data.get("channel", ""), status=data.get("status", "")
    )
    page, query = paginate(request, selectors.content_list(scope=request.scope, filters=filters))
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("campaigns.add_contentitem"),
    }
    return render(request, "campaigns/content_list.html", context)


@login_required
def content_add(request):
    ccg = ccg_for_create(request, ContentItem)
    if ccg is None:
        return ccg_choice(request, ContentItem, "Plan content")
    form = ContentForm(request.POST or None, instance=ContentItem(ccg=ccg))

    def create():
        data, confirmed = form.service_data()
        item = services.content_create(
            ccg=ccg, data=data, by=request.user, confirm_outside_campaign=confirmed
        )
        messages.success(request, f"{item.title} planned as a draft.")
        return redirect("campaigns:content_detail", pk=item.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/content_form.html", {"form": form, "ccg": ccg})


@login_required
def content_edit(request, pk: int):
    item = scoped_object(request, ContentItem, "change", pk=pk)
    form = ContentForm(request.POST or None, instance=copy.copy(item))
    if request.method == "POST" and form.is_valid():
        data, confirmed = form.service_data()
        was_approved = item.is_approved
        try:
            services.content_update(
                item=item,
                data=data,
                version=form.posted_version,
                confirm_outside_campaign=confirmed,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if was_approved and item.status == ContentStatus.AWAITING_APPROVAL:
                messages.success(request, "Saved. The copy changed, so it needs approval again.")
            else:
                messages.success(request, f"{item.title} saved.")
            return redirect("campaigns:content_detail", pk=item.pk)
    context = {"form": form, "item": item, "ccg": item.ccg}
    return render(request, "campaigns/content_form.html", context)


def _render_detail(request, item: ContentItem, *, error: str = "", submit_form=None, status=200):
    can_change = request.scope.can("campaigns.change_contentitem", item.ccg_id)
    context = {
        "item": item,
        "approvals": selectors.content_approvals(item=item),
        "can_change": can_change,
        "can_approve": request.scope.can(APPROVE_CONTENT, item.ccg_id),
        "submit_form": submit_form or (SubmitForApprovalForm(item=item) if can_change else None),
        "action_form": ContentActionForm(),
        "error": error,
    }
    return render(request, "campaigns/content_detail.html", context, status=status)


@login_required
def content_detail(request, pk: int):
    return _render_detail(request, scoped_object(request, ContentItem, pk=pk))


# Each action: the permission it needs, the service call and what to say when done.
ACTIONS = {
    "approve": (
        "approve_content",
        lambda item, by: services.content_approve(item=item, by=by),
        "Approved. The approved words are kept in the history below.",
    ),
    "send-back": (
        "change_contentitem",
        lambda item, by: services.content_return_to_draft(item=item),
        "Sent back as a draft.",
    ),
    "schedule": (
        "change_contentitem",
        lambda item, by: services.content_schedule(item=item),
        "Scheduled.",
    ),
    "publish": (
        "change_contentitem",
        lambda item, by: services.content_publish(item=item),
        "Recorded as published.",
    ),
}


@login_required
@require_POST
def content_action(request, pk: int, action: str):
    if action not in ACTIONS:
        raise Http404
    perm, call, done = ACTIONS[action]
    item = scoped_object(request, ContentItem, pk=pk)
    if not request.scope.can(f"campaigns.{perm}", item.ccg_id):
        raise PermissionDenied
    form = ContentActionForm(request.POST)
    form.is_valid()

    def act():
        call(item, request.user)
        messages.success(request, done)
        return redirect("campaigns:content_detail", pk=item.pk)

    try:
        return submit_once(request, form, act)
    except ValidationError as error:
        return _render_detail(request, item, error=" ".join(error.messages), status=400)


@login_required
@require_POST
def content_submit(request, pk: int):
    item = scoped_object(request, ContentItem, "change", pk=pk)
    form = SubmitForApprovalForm(request.POST, item=item)
    if form.is_valid():

        def submit():
            services.content_submit_for_approval(
                item=item, approver=form.cleaned_data["approver"], by=request.user
            )
            messages.success(request, f"Sent to {form.cleaned_data['approver']} for approval.")
            return redirect("campaigns:content_detail", pk=item.pk)

        try:
            return submit_once(request, form, submit)
        except ValidationError as error:
            add_service_errors(form, error)
    return _render_detail(request, item, submit_form=form)
