"""What the engagement views share: the CCG a new record goes into, putting a service's
refusal back on the form, exports, and the current time."""

import copy

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render
from django.utils import timezone

from accounts.models import Ccg
from accounts.scoping import model_perm
from ccgcomms.exports import FORMATS, export_response


def ccg_for_create(request, model) -> Ccg | None:
    """The only CCG the user may add to, or the one they picked (?ccg=); None: ask them."""
    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    if not ids:
        raise PermissionDenied
    chosen = request.GET.get("ccg", "")
    if len(ids) == 1:
        return Ccg.objects.get(pk=next(iter(ids)))
    if chosen.isdigit() and int(chosen) in ids:
        return Ccg.objects.get(pk=int(chosen))
    return None


def ccg_choice(request, model, title: str):
    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    ccgs = Ccg.objects.filter(pk__in=ids).order_by("name")
    keep = request.GET.copy()
    keep.pop("ccg", None)
    context = {"ccgs": ccgs, "title": title, "query": keep.urlencode()}
    return render(request, "engagement/ccg_choice.html", context)


def add_service_errors(form, error: ValidationError) -> None:
    """A service's refusal onto the form: on its field when the form has one, else on top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def form_copy(instance):
    """The form works on a copy: the service compares the form's data with the saved record."""
    return copy.copy(instance)


def export(fmt: str, *, headers, rows, filename: str):
    return export_response(
        fmt=fmt if fmt in FORMATS else "csv", headers=headers, rows=rows, filename=filename
    )


def now():
    return timezone.now()


def today():
    return timezone.localdate()
