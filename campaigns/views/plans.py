"""Campaigns: the plan's list, one campaign, planning one, editing it, a CCG's local notes."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render

from accounts.access import ccg_choice, ccg_for_create, require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors
from core.listing import paginate

from .. import selectors, services
from ..forms import CampaignFilterForm, CampaignForm, CampaignNoteForm
from ..models import Campaign, CampaignNote


@login_required
def campaign_list(request):
    require_model_perm(request, Campaign)
    form = CampaignFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.CampaignFilters(
        search=data.get("search", ""),
        priority=data.get("priority", ""),
        status=data.get("status", ""),
    )
    page, query = paginate(request, selectors.campaign_list(scope=request.scope, filters=filters))
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("campaigns.add_campaign"),
    }
    return render(request, "campaigns/campaign_list.html", context)


@login_required
def campaign_detail(request, pk: int):
    campaign = scoped_object(request, Campaign, pk=pk)
    context = {
        "campaign": campaign,
        **selectors.campaign_related(scope=request.scope, campaign=campaign),
        "can_change": request.scope.can("campaigns.change_campaign", campaign.ccg_id),
        "note_ccgs": selectors.campaign_note_ccgs(scope=request.scope, campaign=campaign),
    }
    return render(request, "campaigns/campaign_detail.html", context)


@login_required
def campaign_add(request):
    ccg = ccg_for_create(request, Campaign)
    if ccg is None:
        return ccg_choice(request, Campaign, "Plan a campaign")
    form = CampaignForm(request.POST or None, instance=Campaign(ccg=ccg), scope=request.scope)

    def create():
        campaign = services.campaign_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"{campaign.name} planned.")
        return redirect("campaigns:campaign_detail", pk=campaign.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/campaign_form.html", {"form": form, "ccg": ccg})


@login_required
def campaign_edit(request, pk: int):
    campaign = scoped_object(request, Campaign, "change", pk=pk)
    form = CampaignForm(request.POST or None, instance=copy.copy(campaign), scope=request.scope)
    if request.method == "POST" and form.is_valid():
        try:
            services.campaign_update(
                campaign=campaign,
                data=form.edit_data(),
                version=form.posted_version,
                shared_offered=form.fields["shared_with"].queryset,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{campaign.name} saved.")
            return redirect("campaigns:campaign_detail", pk=campaign.pk)
    context = {"form": form, "campaign": campaign, "ccg": campaign.ccg}
    return render(request, "campaigns/campaign_form.html", context)


@login_required
def campaign_note(request, pk: int, ccg_id: int):
    """One CCG's own notes on a campaign it runs (lead or shared): written here the first time."""
    campaign = scoped_object(request, Campaign, pk=pk)
    ccgs = {c.pk: c for c in selectors.campaign_note_ccgs(scope=request.scope, campaign=campaign)}
    if ccg_id not in ccgs:
        raise PermissionDenied
    note = selectors.campaign_note_of(campaign=campaign, ccg=ccgs[ccg_id])
    if note is not None:
        return redirect("campaigns:campaign_note_edit", pk=note.pk)
    return _note_page(request, campaign, ccgs[ccg_id], None)


@login_required
def campaign_note_edit(request, pk: int):
    note = scoped_object(request, CampaignNote, "change", pk=pk)
    campaign = scoped_object(request, Campaign, pk=note.campaign_id)
    return _note_page(request, campaign, note.ccg, note)


def _note_page(request, campaign, ccg, note):
    instance = copy.copy(note) if note else CampaignNote(campaign=campaign, ccg=ccg)
    form = CampaignNoteForm(request.POST or None, instance=instance)

    def save():
        services.campaign_note_save(
            campaign=campaign,
            ccg=ccg,
            notes=form.cleaned_data["notes"],
            version=form.posted_version,
            by=request.user,
        )
        messages.success(request, f"Notes of {ccg} saved.")
        return redirect("campaigns:campaign_detail", pk=campaign.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, save) if note is None else save()
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "campaign": campaign, "ccg": ccg}
    return render(request, "campaigns/campaign_note_form.html", context)
