"""Show only what the user may do: `{% load portal_access %}` then
`{% if scope|can:"engagement.add_event" %}` around a button. The answer is `Scope.can`, the
very check `require_perm` and `require_model_perm` (accounts/access.py) make when the button's
page is asked for, so a button shown never leads to a refusal."""

from django import template

from accounts.scoping import Scope

register = template.Library()


@register.filter
def can(scope: Scope | None, perm: str) -> bool:
    """The role allows `perm` ("app_label.action_model") in some CCG shown now."""
    return bool(scope) and scope.can(perm)
