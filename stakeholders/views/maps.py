from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.access import require_model_perm, scoped_object
from core.concurrency import StaleEdit, conflict_response, submit_once
from stakeholders import selectors, services
from stakeholders.forms import MapEntryForm, StakeholderMapForm
from stakeholders.models import Contact, MapEntry, StakeholderMap

from .common import add_service_errors, ccg_choice, ccg_for_create


@login_required
def mapping_overview(request):
    require_model_perm(request, Contact)
    context = {
        **selectors.mapping_overview(scope=request.scope),
        "maps": selectors.stakeholder_map_list(scope=request.scope),
        "can_add_map": request.scope.can("stakeholders.add_stakeholdermap"),
    }
    return render(request, "stakeholders/mapping_overview.html", context)


@login_required
def map_create(request):
    ccg = ccg_for_create(request, StakeholderMap)
    if ccg is None:
        return ccg_choice(request, StakeholderMap, "Add a stakeholder map")
    form = StakeholderMapForm(request.POST or None, instance=StakeholderMap(ccg=ccg))

    def create():
        stakeholder_map = services.stakeholder_map_create(
            ccg=ccg, data=form.cleaned_data, owner=request.user
        )
        messages.success(
            request,
            f"Map '{stakeholder_map}' created. Add stakeholders to it from their pages.",
        )
        return redirect("stakeholders:map_detail", pk=stakeholder_map.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add a stakeholder map", "caption": ccg}
    return render(request, "simple_form.html", context)


@login_required
def map_detail(request, pk: int):
    stakeholder_map = scoped_object(request, StakeholderMap, pk=pk)
    context = {
        "stakeholder_map": stakeholder_map,
        "grid": selectors.stakeholder_map_grid(stakeholder_map=stakeholder_map),
        "can_edit": request.scope.can("stakeholders.change_mapentry", stakeholder_map.ccg_id),
    }
    return render(request, "stakeholders/map_detail.html", context)


@login_required
def map_edit(request, pk: int):
    stakeholder_map = scoped_object(request, StakeholderMap, "change", pk=pk)
    form = StakeholderMapForm(request.POST or None, instance=stakeholder_map)
    if request.method == "POST" and form.is_valid():
        try:
            services.stakeholder_map_update(
                stakeholder_map=stakeholder_map, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Map '{stakeholder_map}' updated.")
            return redirect("stakeholders:map_detail", pk=stakeholder_map.pk)
    context = {"form": form, "heading": f"Edit {stakeholder_map}", "caption": stakeholder_map.ccg}
    return render(request, "simple_form.html", context)


@login_required
def map_entry_edit(request, pk: int):
    entry = scoped_object(request, MapEntry, "change", pk=pk)
    form = MapEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            services.map_entry_update(
                entry=entry, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{entry} updated on {entry.stakeholder_map}.")
            return redirect("stakeholders:map_detail", pk=entry.stakeholder_map_id)
    context = {
        "form": form,
        "heading": f"{entry} on {entry.stakeholder_map}",
        "remove_url": reverse("stakeholders:map_entry_remove", args=[entry.pk]),
        "remove_label": "Take off the map",
    }
    return render(request, "simple_form.html", context)


@login_required
@require_POST
def map_entry_remove(request, pk: int):
    entry = scoped_object(request, MapEntry, "delete", pk=pk)
    map_id, name = entry.stakeholder_map_id, str(entry)
    services.map_entry_remove(entry=entry)
    messages.success(request, f"{name} taken off the map.")
    return redirect("stakeholders:map_detail", pk=map_id)
