"""How views ask the scope: one place, so no view filters by CCG on its own."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404

from .scoping import model_perm


def scoped_queryset(request, model: type[models.Model], action: str = "view"):
    """The rows the user may `action`; 403 when their role allows it in none of their CCGs."""
    if not request.scope.can(model_perm(model, action)):
        raise PermissionDenied
    return model.objects.visible_to(request.scope, action)


def scoped_object(request, model: type[models.Model], action: str = "view", **lookup):
    """404 for another CCG's record (its existence is not revealed); 403 when the role forbids."""
    obj = get_object_or_404(model.objects.visible_to(request.scope, "view"), **lookup)
    if action != "view" and not request.scope.can(model_perm(model, action), obj.ccg_id):
        raise PermissionDenied
    return obj


def require_perm(request, perm: str, ccg_id: int | None = None) -> None:
    if not request.scope.can(perm, ccg_id):
        raise PermissionDenied


def require_model_perm(request, model: type[models.Model], action: str = "view") -> None:
    """403 unless the user may `action` this model in at least one CCG shown now. A page
    that then reads rows gets them from a selector that filters by the same scope."""
    require_perm(request, model_perm(model, action))


def ccg_for_create(request, model: type[models.Model]):
    """The CCG a new record goes into: the only one the user may add to, or the one they
    picked (?ccg=); None means "ask them" (see `ccg_choice`)."""
    from .models import Ccg

    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    if not ids:
        raise PermissionDenied
    if len(ids) == 1:
        return Ccg.objects.get(pk=next(iter(ids)))
    chosen = request.GET.get("ccg", "")
    if chosen.isdigit() and int(chosen) in ids:
        return Ccg.objects.get(pk=int(chosen))
    return None


def ccg_choice(request, model: type[models.Model], title: str):
    """Asks which of their CCGs a new record is for, keeping the rest of the query string."""
    from django.shortcuts import render

    from .models import Ccg

    ids = request.scope.ccg_ids_with(model_perm(model, "add"))
    keep = request.GET.copy()
    keep.pop("ccg", None)
    context = {
        "ccgs": Ccg.objects.filter(pk__in=ids).order_by("name"),
        "title": title,
        "query": keep.urlencode(),
    }
    return render(request, "ccg_choice.html", context)
