"""Around a contact or organisation: record an interaction, add to a list, put on a map,
withdraw from a list."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_perm, scoped_object
from accounts.selectors import members_of
from core.concurrency import submit_once
from stakeholders import selectors, services
from stakeholders.forms import InteractionForm, MapAddForm, SubscribeForm, WithdrawForm
from stakeholders.models import Contact, Interaction, Organisation, Subscription

from .common import add_service_errors

STAKEHOLDERS = {"contact": Contact, "organisation": Organisation}


def _back(stakeholder):
    name = "contact_detail" if isinstance(stakeholder, Contact) else "organisation_detail"
    return redirect(f"stakeholders:{name}", pk=stakeholder.pk)


@login_required
def interaction_create(request, stakeholder_type: str, pk: int):
    stakeholder = scoped_object(request, STAKEHOLDERS[stakeholder_type], pk=pk)
    require_perm(request, "stakeholders.add_interaction", stakeholder.ccg_id)
    users = members_of(scope=request.scope, ccg_id=stakeholder.ccg_id, active_only=True)
    form = InteractionForm(
        request.POST or None,
        instance=Interaction(ccg_id=stakeholder.ccg_id),
        users=users,
        initial={"owner": request.user.pk},
    )

    def create():
        services.interaction_record(**{stakeholder_type: stakeholder}, **form.cleaned_data)
        messages.success(request, "Interaction recorded.")
        return _back(stakeholder)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Record an interaction", "caption": stakeholder}
    return render(request, "simple_form.html", context)


@login_required
def subscription_create(request, pk: int):
    contact = scoped_object(request, Contact, pk=pk)
    require_perm(request, "stakeholders.add_subscription", contact.ccg_id)
    lists = selectors.lists_open_for(scope=request.scope, ccg_id=contact.ccg_id)
    form = SubscribeForm(request.POST or None, lists=lists)

    def create():
        subscription = services.subscription_create(
            contact=contact, user=request.user, **form.cleaned_data
        )
        messages.success(request, f"{contact.full_name} added to {subscription.distribution_list}.")
        return _back(contact)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add to a distribution list", "caption": contact}
    return render(request, "simple_form.html", context)


@login_required
def subscription_withdraw(request, pk: int):
    subscription = scoped_object(request, Subscription, "change", pk=pk)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.subscription_withdraw(
                subscription=subscription, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                f"{subscription.contact.full_name} taken off {subscription.distribution_list}. "
                "The record of their subscription is kept.",
            )
            return _back(subscription.contact)
    context = {
        "form": form,
        "heading": f"Take {subscription.contact.full_name} off {subscription.distribution_list}",
        "intro": "The record of their subscription and its evidence is kept. If they asked "
        "to leave, nothing will put them back on this list without fresh consent.",
        "button": "Withdraw",
    }
    return render(request, "simple_form.html", context)


@login_required
def map_entry_create(request, stakeholder_type: str, pk: int):
    stakeholder = scoped_object(request, STAKEHOLDERS[stakeholder_type], pk=pk)
    require_perm(request, "stakeholders.add_mapentry", stakeholder.ccg_id)
    maps = selectors.maps_for(scope=request.scope, ccg_id=stakeholder.ccg_id)
    form = MapAddForm(request.POST or None, maps=maps)

    def create():
        entry = services.map_entry_add(**{stakeholder_type: stakeholder}, **form.cleaned_data)
        messages.success(request, f"{stakeholder} added to {entry.stakeholder_map}.")
        return redirect("stakeholders:map_detail", pk=entry.stakeholder_map_id)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add to a stakeholder map", "caption": stakeholder}
    return render(request, "simple_form.html", context)
