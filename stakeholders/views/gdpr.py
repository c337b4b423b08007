"""Subject access, erasure and the retention review."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from accounts.access import require_model_perm, scoped_object
from audit.recording import Action, record_view
from core.exports import defuse
from core.listing import paginate
from stakeholders import selectors, services
from stakeholders.forms import EraseForm, RetentionForm
from stakeholders.models import Contact

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def contact_subject_access(request, pk: int, fmt: str):
    contact = scoped_object(request, Contact, pk=pk)
    sections = selectors.contact_subject_access(contact=contact)
    record_view(request, action=Action.SUBJECT_ACCESS_EXPORTED, record=contact)
    filename = f"subject-access-{contact.pk}-{timezone.localdate():%Y%m%d}"
    if fmt == "json":
        body = json.dumps(
            {"generated_at": timezone.now().isoformat(), **sections}, indent=2, default=str
        )
        response = HttpResponse(body, content_type="application/json")
    else:
        response = HttpResponse(content_type=XLSX)
        _workbook(sections).save(response)
        fmt = "xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _workbook(sections: dict[str, list[dict]]) -> Workbook:
    workbook = Workbook(write_only=True)
    for title, rows in sections.items():
        sheet = workbook.create_sheet(title=title[:31])
        headers = list(rows[0]) if rows else ["(none held)"]
        sheet.append(headers)
        for row in rows:
            sheet.append([defuse(row[h]) for h in headers])
    return workbook


@login_required
def contact_erase(request, pk: int):
    contact = scoped_object(request, Contact, "delete", pk=pk)
    form = EraseForm(request.POST or None)
    if contact.is_erased:
        messages.error(request, "This contact was already erased.")
        return redirect("stakeholders:contact_detail", pk=contact.pk)
    if request.method == "POST" and form.is_valid():
        name = contact.full_name
        try:
            services.contact_erase(contact=contact, user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                f"{name} has been erased. A suppression stops them being added back by an import.",
            )
            return redirect("stakeholders:contact_detail", pk=contact.pk)
    return render(request, "stakeholders/contact_erase.html", {"form": form, "contact": contact})


@login_required
def retention_review(request):
    require_model_perm(request, Contact, "delete")
    form = RetentionForm(request.GET or None)
    years = (
        form.cleaned_data.get("years") if form.is_valid() else None
    ) or selectors.DEFAULT_RETENTION_YEARS
    contacts = selectors.retention_review(scope=request.scope, years=years)
    page, query = paginate(request, contacts)
    context = {"form": form, "page": page, "query": query, "years": years}
    return render(request, "stakeholders/retention_review.html", context)


@login_required
@require_POST
def contact_retention_keep(request, pk: int):
    contact = scoped_object(request, Contact, "change", pk=pk)
    try:
        services.contact_retention_keep(contact=contact, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{contact.full_name} kept; they leave the review list.")
    back = reverse("stakeholders:retention_review")
    query = request.POST.get("query", "")
    return redirect(f"{back}?{query}" if query else back)
