from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, scoped_object, scoped_queryset
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate
from stakeholders import selectors, services
from stakeholders.forms import OrganisationForm, OrganisationSearchForm, SegmentForm
from stakeholders.models import Organisation, Segment

from ..resources import OrganisationExport
from .common import add_service_errors, ccg_choice, ccg_for_create, export


def _filtered(request):
    require_model_perm(request, Organisation)
    form = OrganisationSearchForm(request.GET or None, scope=request.scope)
    form.is_valid()  # a bad filter is shown as an error; the good ones still apply
    data = getattr(form, "cleaned_data", {})
    organisations = selectors.organisation_list(
        scope=request.scope,
        search=data.get("q", ""),
        type=data.get("type", ""),
        sector=data.get("sector", ""),
        locality=data.get("locality"),
    )
    return form, organisations


@login_required
def organisation_list(request):
    form, organisations = _filtered(request)
    page, query = paginate(request, organisations)
    counts = selectors.contact_counts(scope=request.scope, organisation_ids=[o.pk for o in page])
    for organisation in page:
        organisation.n_contacts = counts.get(organisation.pk, 0)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "can_add": request.scope.can("stakeholders.add_organisation"),
    }
    return render(request, "stakeholders/organisation_list.html", context)


@login_required
def organisation_export(request, fmt: str):
    _, organisations = _filtered(request)
    return export(fmt, resource=OrganisationExport(), items=organisations, filename="organisations")


@login_required
def organisation_detail(request, pk: int):
    organisation = scoped_object(request, Organisation, pk=pk)
    scope = request.scope
    context = {
        "organisation": organisation,
        **selectors.organisation_related(scope=scope, organisation=organisation),
        "can_edit": scope.can("stakeholders.change_organisation", organisation.ccg_id),
        "can_interact": scope.can("stakeholders.add_interaction", organisation.ccg_id),
        "can_map": scope.can("stakeholders.add_mapentry", organisation.ccg_id),
    }
    return render(request, "stakeholders/organisation_detail.html", context)


@login_required
def organisation_create(request):
    ccg = ccg_for_create(request, Organisation)
    if ccg is None:
        return ccg_choice(request, Organisation, "Add an organisation")
    form = OrganisationForm(request.POST or None, instance=Organisation(ccg=ccg))

    def create():
        organisation = services.organisation_create(ccg=ccg, data=form.cleaned_data)
        messages.success(request, f"{organisation} added.")
        return redirect("stakeholders:organisation_detail", pk=organisation.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add an organisation", "caption": ccg}
    return render(request, "simple_form.html", context)


@login_required
def organisation_edit(request, pk: int):
    organisation = scoped_object(request, Organisation, "change", pk=pk)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                organisation=organisation, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{organisation} updated.")
            return redirect("stakeholders:organisation_detail", pk=organisation.pk)
    context = {"form": form, "heading": f"Edit {organisation}", "caption": organisation.ccg}
    return render(request, "simple_form.html", context)


@login_required
def segment_list(request):
    segments = scoped_queryset(request, Segment).select_related("ccg", "parent")
    context = {
        "segments": segments.order_by("ccg__name", "kind", "name"),
        "can_add": request.scope.can("stakeholders.add_segment"),
        "can_change": request.scope.can("stakeholders.change_segment"),
    }
    return render(request, "stakeholders/segment_list.html", context)


@login_required
def segment_create(request):
    ccg = ccg_for_create(request, Segment)
    if ccg is None:
        return ccg_choice(request, Segment, "Add a segment")
    form = SegmentForm(request.POST or None, instance=Segment(ccg=ccg))

    def create():
        segment = services.segment_create(ccg=ccg, data=form.cleaned_data)
        messages.success(request, f"Segment '{segment}' added.")
        return redirect("stakeholders:segment_list")

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    context = {"form": form, "heading": "Add a segment", "caption": ccg}
    return render(request, "simple_form.html", context)


@login_required
def segment_edit(request, pk: int):
    segment = scoped_object(request, Segment, "change", pk=pk)
    form = SegmentForm(request.POST or None, instance=segment)
    if request.method == "POST" and form.is_valid():
        try:
            services.segment_update(
                segment=segment, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Segment '{segment}' updated.")
            return redirect("stakeholders:segment_list")
    context = {"form": form, "heading": f"Edit segment {segment}", "caption": segment.ccg}
    return render(request, "simple_form.html", context)
