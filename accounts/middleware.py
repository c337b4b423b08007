from django.utils.functional import SimpleLazyObject

from .selectors import scope_for_user

SESSION_KEY = "active_ccg_id"


class ScopeMiddleware:
    """Puts `request.scope` on every request, built once and only when a view asks for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.scope = SimpleLazyObject(
            lambda: scope_for_user(
                user=request.user, active_ccg_id=request.session.get(SESSION_KEY)
            )
        )
        return self.get_response(request)
