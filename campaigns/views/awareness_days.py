"""Awareness days: the CCGs' own list and export, adding a local day, and choosing the national
days a CCG plans around."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from accounts.access import ccg_choice, ccg_for_create, require_model_perm
from core.concurrency import submit_once
from core.editing import add_service_errors
from core.exports import export
from core.listing import paginate

from .. import selectors, services
from ..forms import AwarenessDayForm, NationalDayChoiceForm
from ..models import AwarenessDay, AwarenessDayChoice
from ..resources import AwarenessDayExport


@login_required
def awareness_day_list(request):
    require_model_perm(request, AwarenessDay)
    page, query = paginate(request, selectors.awareness_day_list(scope=request.scope))
    context = {
        "page": page,
        "query": query,
        "can_add": request.scope.can("campaigns.add_awarenessday"),
        "can_choose": request.scope.can("campaigns.add_awarenessdaychoice"),
    }
    return render(request, "campaigns/awareness_day_list.html", context)


@login_required
def awareness_day_export(request, fmt: str):
    require_model_perm(request, AwarenessDay)
    days = selectors.awareness_day_list(scope=request.scope)
    return export(fmt, resource=AwarenessDayExport(), items=days, filename="awareness-days")


@login_required
def awareness_day_add(request):
    ccg = ccg_for_create(request, AwarenessDay)
    if ccg is None:
        return ccg_choice(request, AwarenessDay, "Add a local awareness day")
    form = AwarenessDayForm(request.POST or None, instance=AwarenessDay(ccg=ccg))

    def create():
        day = services.awareness_day_create(ccg=ccg, data=form.cleaned_data, by=request.user)
        messages.success(request, f"{day.name} added.")
        return redirect("campaigns:awareness_day_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "campaigns/awareness_day_form.html", {"form": form, "ccg": ccg})


@login_required
def national_day_choose(request):
    """Tick the national days the CCG plans around (this year's list; they recur yearly)."""
    ccg = ccg_for_create(request, AwarenessDayChoice)
    if ccg is None:
        return ccg_choice(request, AwarenessDayChoice, "Choose national awareness days")
    days = selectors.national_day_list(year=timezone.localdate().year)
    initial = {"names": sorted(selectors.national_day_choices(ccg_id=ccg.pk))}
    form = NationalDayChoiceForm(request.POST or None, days=days, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            added, dropped = services.national_day_choices_set(
                ccg=ccg, names=form.cleaned_data["names"], by=request.user
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{ccg}: {added} national days added, {dropped} dropped.")
            return redirect("campaigns:awareness_day_list")
    context = {"form": form, "ccg": ccg, "days": days}
    return render(request, "campaigns/national_day_choose.html", context)
