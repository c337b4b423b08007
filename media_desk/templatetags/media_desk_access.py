"""`{% if scope|can_log:"mp" %}`: the user may log an item of this kind, by the permission the
log page itself checks (selectors.enquiry_log_permission)."""

from django import template

from accounts.scoping import Scope

from .. import selectors

register = template.Library()


@register.filter
def can_log(scope: Scope | None, kind: str) -> bool:
    return bool(scope) and scope.can(selectors.enquiry_log_permission(kind=kind))
