from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, scoped_object
from audit.recording import Action, record_export
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate
from stakeholders import selectors, services
from stakeholders.forms import DistributionListForm
from stakeholders.models import DistributionList

from ..resources import SubscriberExport
from .common import add_service_errors, ccg_choice, ccg_for_create, export

RECENT_WITHDRAWALS = 20


@login_required
def list_index(request):
    require_model_perm(request, DistributionList)
    context = {
        "lists": selectors.distribution_list_summaries(scope=request.scope),
        "can_add": request.scope.can("stakeholders.add_distributionlist"),
    }
    return render(request, "stakeholders/list_index.html", context)


@login_required
def list_detail(request, pk: int):
    distribution_list = scoped_object(request, DistributionList, pk=pk)
    subscribers = selectors.subscribers(scope=request.scope, distribution_list=distribution_list)
    page, query = paginate(request, subscribers)
    withdrawals = selectors.withdrawals(scope=request.scope, distribution_list=distribution_list)
    context = {
        "distribution_list": distribution_list,
        "page": page,
        "query": query,
        "sizes": selectors.list_sizes_over_time(distribution_list=distribution_list),
        "withdrawals": withdrawals[:RECENT_WITHDRAWALS],
        "can_edit": request.scope.can(
            "stakeholders.change_distributionlist", distribution_list.ccg_id
        ),
        "can_withdraw": request.scope.can(
            "stakeholders.change_subscription", distribution_list.ccg_id
        ),
    }
    return render(request, "stakeholders/list_detail.html", context)


@login_required
def list_export(request, pk: int, fmt: str):
    distribution_list = scoped_object(request, DistributionList, pk=pk)
    subscribers = selectors.subscribers(scope=request.scope, distribution_list=distribution_list)
    record_export(
        request,
        action=Action.LIST_EXPORTED,
        records=subscribers,
        subject=distribution_list,
        id_field="contact_id",
    )
    return export(
        fmt,
        resource=SubscriberExport(),
        items=subscribers,
        filename=f"list-{distribution_list.pk}",
    )


@login_required
def list_create(request):
    ccg = ccg_for_create(request, DistributionList)
    if ccg is None:
        return ccg_choice(request, DistributionList, "Add a distribution list")
    form = DistributionListForm(request.POST or None, instance=DistributionList(ccg=ccg))

    def create():
        distribution_list = services.distribution_list_create(ccg=ccg, data=form.cleaned_data)
        messages.success(request, f"List '{distribution_list}' created.")
        return redirect("stakeholders:list_detail", pk=distribution_list.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add a distribution list", "caption": ccg}
    return render(request, "simple_form.html", context)


@login_required
def list_edit(request, pk: int):
    distribution_list = scoped_object(request, DistributionList, "change", pk=pk)
    form = DistributionListForm(request.POST or None, instance=distribution_list)
    if request.method == "POST" and form.is_valid():
        try:
            services.distribution_list_update(
                distribution_list=distribution_list,
                data=form.edit_data(),
                version=form.posted_version,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"List '{distribution_list}' updated.")
            return redirect("stakeholders:list_detail", pk=distribution_list.pk)
    context = {
        "form": form,
        "heading": f"Edit {distribution_list}",
        "caption": distribution_list.ccg,
    }
    return render(request, "simple_form.html", context)
