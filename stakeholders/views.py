from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from accounts.access import scoped_object, scoped_queryset
from ccgcomms.exports import FORMATS, export_response
from ccgcomms.listing import paginate

from . import selectors, services
from .forms import ContactForm, ContactSearchForm
from .models import Contact


def _filtered(request):
    scoped_queryset(request, Contact)  # 403 unless the role may view contacts somewhere
    form = ContactSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    contacts = selectors.contact_list(
        scope=request.scope, search=filters.get("q", ""), kind=filters.get("kind", "")
    )
    return form, contacts


@login_required
def contact_list(request):
    form, contacts = _filtered(request)
    page, query = paginate(request, contacts)
    return render(
        request, "stakeholders/contact_list.html", {"form": form, "page": page, "query": query}
    )


@login_required
def contact_export(request, fmt: str):
    _, contacts = _filtered(request)
    rows = selectors.contact_export_rows(contacts=contacts)
    fmt = fmt if fmt in FORMATS else "csv"
    return export_response(
        fmt=fmt, headers=selectors.EXPORT_HEADERS, rows=rows, filename="contacts"
    )


@login_required
def contact_detail(request, pk: int):
    contact = scoped_object(request, Contact, pk=pk)
    history = contact.history.select_related("history_user")[:50]
    can_edit = request.scope.can("stakeholders.change_contact", contact.ccg_id)
    context = {"contact": contact, "history": history, "can_edit": can_edit}
    return render(request, "stakeholders/contact_detail.html", context)


@login_required
def contact_edit(request, pk: int):
    contact = scoped_object(request, Contact, "change", pk=pk)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        services.contact_update(contact=contact, data=form.cleaned_data)
        messages.success(request, f"{contact.full_name} updated.")
        return redirect("stakeholders:contact_detail", pk=contact.pk)
    return render(request, "stakeholders/contact_form.html", {"form": form, "contact": contact})
