"""Publishing a responded FOI request on the public disclosure log, editing it, withdrawing it.
Publishing is a form on the item's page; a refusal shows that page again with what was typed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.access import require_perm, scoped_object
from core.concurrency import OnceTokenForm, StaleEdit, conflict_response, submit_once
from core.editing import add_service_errors

from .. import services
from ..forms.disclosure import DisclosureForm
from ..models import DisclosureLogEntry
from .common import enquiry_or_404
from .items import render_detail

PUBLISH = "media_desk.add_disclosurelogentry"


@login_required
@require_POST
def disclosure_publish(request, pk: int):
    enquiry = enquiry_or_404(request, pk)
    require_perm(request, PUBLISH, enquiry.ccg_id)
    form = DisclosureForm(
        request.POST, request.FILES, prefix="disclosure", instance=DisclosureLogEntry()
    )

    def publish():
        data, confirmed = form.service_data()
        entry = services.disclosure_publish(
            enquiry=enquiry, data=data, redactions_confirmed=confirmed, by=request.user
        )
        messages.success(request, f"Published on the disclosure log: {entry.title}.")
        return redirect("media_desk:enquiry_detail", pk=enquiry.pk)

    if form.is_valid():
        try:
            return submit_once(request, form, publish)  # sent twice, published once
        except ValidationError as error:
            add_service_errors(form, error)
    return render_detail(request, enquiry, bound={"disclosure": form}, status=400)


@login_required
def disclosure_edit(request, pk: int):
    entry = scoped_object(request, DisclosureLogEntry, "change", pk=pk)
    form = DisclosureForm(request.POST or None, request.FILES or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        data, confirmed = form.service_data()
        try:
            services.disclosure_update(
                entry=entry,
                data=data,
                redactions_confirmed=confirmed,
                version=form.posted_version,
                by=request.user,
            )
        except StaleEdit as stale:
            return conflict_response(request, form, stale)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Disclosure log entry saved.")
            return redirect("media_desk:enquiry_detail", pk=entry.enquiry_id)
    return render(request, "media_desk/disclosure_form.html", {"form": form, "entry": entry})


@login_required
@require_POST
def disclosure_withdraw(request, pk: int):
    entry = scoped_object(request, DisclosureLogEntry, "change", pk=pk)
    form = OnceTokenForm(request.POST)
    form.is_valid()  # only the token: a bad one is no token

    def withdraw():
        services.disclosure_withdraw(entry=entry)
        messages.success(request, "Withdrawn from the disclosure log.")
        return redirect("media_desk:enquiry_detail", pk=entry.enquiry_id)

    try:
        return submit_once(request, form, withdraw)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("media_desk:enquiry_detail", pk=entry.enquiry_id)
