"""What the register's views share: choosing the CCG a new record belongs to, putting a
service's ValidationError back on the form, and the export response."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render

from accounts.models import Ccg
from accounts.scoping import model_perm
from ccgcomms.exports import FORMATS, export_response


def ccg_for_create(request, model) -> Ccg | None:
    """The CCG a new record goes into: the only one the user may add to, or the one they
    picked (?ccg=); None means "ask them" (see `ccg_choice`)."""
    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    if not ids:
        raise PermissionDenied
    if len(ids) == 1:
        return Ccg.objects.get(pk=next(iter(ids)))
    chosen = request.GET.get("ccg", "")
    if chosen.isdigit() and int(chosen) in ids:
        return Ccg.objects.get(pk=int(chosen))
    return None


def ccg_choice(request, model, title: str):
    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    ccgs = Ccg.objects.filter(pk__in=ids).order_by("name")
    return render(request, "stakeholders/ccg_choice.html", {"ccgs": ccgs, "title": title})


def add_service_errors(form, error: ValidationError) -> None:
    """A service's ValidationError onto the form: on its field when the form has one."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def export(fmt: str, *, headers, rows, filename: str):
    return export_response(
        fmt=fmt if fmt in FORMATS else "csv", headers=headers, rows=rows, filename=filename
    )
