"""How views ask the scope: one place, so no view filters by CCG on its own."""

from django.contrib.auth.mixins import LoginRequiredMixin
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


class ScopedMixin(LoginRequiredMixin):
    """For class-based views: `model` plus the action the view performs."""

    model: type[models.Model]
    action = "view"

    def get_queryset(self):
        return scoped_queryset(self.request, self.model, self.action)
