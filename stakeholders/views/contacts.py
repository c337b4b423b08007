from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from accounts.access import require_model_perm, scoped_object
from audit.recording import Action, record_export, record_view
from core.concurrency import StaleEdit, conflict_response, submit_once
from core.listing import paginate
from stakeholders import selectors, services
from stakeholders.forms import ContactCreateForm, ContactForm, ContactSearchForm
from stakeholders.models import Contact

from ..resources import ContactExport
from .common import add_service_errors, ccg_choice, ccg_for_create, export


def _filtered(request):
    require_model_perm(request, Contact)  # 403 unless the role may view contacts somewhere
    form = ContactSearchForm(request.GET or None, scope=request.scope)
    form.is_valid()  # a bad filter is shown as an error; the good ones still apply
    data = getattr(form, "cleaned_data", {})
    filters = selectors.ContactFilters(
        search=data.get("q", ""),
        kind=data.get("kind", ""),
        organisation_type=data.get("organisation_type", ""),
        segment=data.get("segment"),
        locality=data.get("locality"),
        quadrant=data.get("quadrant", ""),
        distribution_list=data.get("distribution_list"),
        consent=data.get("consent", ""),
        needs=data.get("needs", False),
    )
    return form, selectors.contact_list(scope=request.scope, filters=filters)


@login_required
def contact_list(request):
    form, contacts = _filtered(request)
    page, query = paginate(request, contacts)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "filters_open": any(v for k, v in getattr(form, "cleaned_data", {}).items() if k != "q"),
        "can_add": request.scope.can("stakeholders.add_contact"),
    }
    return render(request, "stakeholders/contact_list.html", context)


@login_required
def contact_export(request, fmt: str):
    _, contacts = _filtered(request)
    record_export(request, action=Action.CONTACTS_EXPORTED, records=contacts, subject=Contact)
    return export(fmt, resource=ContactExport(), items=contacts, filename="contacts")


@login_required
def contact_detail(request, pk: int):
    contact = scoped_object(request, Contact, pk=pk)
    scope = request.scope
    context = {
        "contact": contact,
        **selectors.contact_related(scope=scope, contact=contact),
        "can_edit": scope.can("stakeholders.change_contact", contact.ccg_id),
        "can_erase": scope.can("stakeholders.delete_contact", contact.ccg_id),
        "can_subscribe": scope.can("stakeholders.add_subscription", contact.ccg_id),
        "can_withdraw": scope.can("stakeholders.change_subscription", contact.ccg_id),
        "can_interact": scope.can("stakeholders.add_interaction", contact.ccg_id),
        "can_map": scope.can("stakeholders.add_mapentry", contact.ccg_id),
    }
    record_view(request, action=Action.CONTACT_VIEWED, record=contact)
    return render(request, "stakeholders/contact_detail.html", context)


@login_required
def contact_create(request):
    ccg = ccg_for_create(request, Contact)
    if ccg is None:
        return ccg_choice(request, Contact, "Add a contact")
    form = ContactCreateForm(request.POST or None, instance=Contact(ccg=ccg))

    def create():
        data = dict(form.cleaned_data)
        asked = data.pop("asked_to_return", False)
        new_organisation = data.pop("new_organisation", "")
        contact = services.contact_create(
            ccg=ccg,
            data=data,
            user=request.user,
            asked_to_return=asked,
            new_organisation=new_organisation,
        )
        messages.success(request, f"{contact.full_name} added to the register.")
        return redirect("stakeholders:contact_detail", pk=contact.pk)

    if request.method == "POST" and form.is_valid():
        try:
            return submit_once(request, form, create)
        except ValidationError as error:
            add_service_errors(form, error)
    return render(request, "stakeholders/contact_form.html", {"form": form, "ccg": ccg})


@login_required
def contact_edit(request, pk: int):
    contact = scoped_object(request, Contact, "change", pk=pk)
    if contact.is_erased:
        messages.error(request, "An erased contact cannot be changed.")
        return redirect("stakeholders:contact_detail", pk=contact.pk)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        try:
            services.contact_update(
                contact=contact, data=form.edit_data(), version=form.posted_version
            )
        except StaleEdit as stale:
            record_view(request, action=Action.CONTACT_VIEWED, record=stale.current)
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{contact.full_name} updated.")
            return redirect("stakeholders:contact_detail", pk=contact.pk)
    record_view(request, action=Action.CONTACT_VIEWED, record=contact)  # the form shows it all
    return render(request, "stakeholders/contact_form.html", {"form": form, "contact": contact})
