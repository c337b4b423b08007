from django.conf import settings

from .selectors import ccgs_in_scope, notifications_unread_count


def scope(request):
    """The header needs the user's CCGs (for the switcher) and what they may open (for the nav)."""
    scope = getattr(request, "scope", None)
    if scope is None or not request.user.is_authenticated:
        return {"service_name": settings.SERVICE_NAME}
    return {
        "service_name": settings.SERVICE_NAME,
        "scope": scope,
        "member_ccgs": ccgs_in_scope(scope=scope),
        "unread_notifications": notifications_unread_count(user=request.user),
    }
