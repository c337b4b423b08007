"""Locked-out sign-ins in the admin, where an Administrator unlocks them.

A CCG's Administrator sees and unlocks only the failed sign-ins for the users of the CCGs they
administer; the superuser sees every one, including those for addresses that match no user.
django-axes' own admin is off (AXES_ENABLE_ADMIN = False) because it would show everyone's."""

from axes.models import AccessAttempt
from django.contrib import admin, messages

from ..security.selectors import (
    administered_ccg_ids,
    lockout_attempts_visible_to,
    lockout_is_locked,
)
from ..security.services import sign_in_unlock
from .base import CcgScopedAdmin


@admin.register(AccessAttempt)
class LockedOutSignInAdmin(CcgScopedAdmin):
    # A failed sign-in names an e-mail address, not a CCG: its own get_queryset keeps the
    # attempts for users of the CCGs the Administrator administers.
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "locked"]
    list_display_links = None
    search_fields = ["username", "ip_address"]
    actions = ["unlock"]

    def get_queryset(self, request):
        return lockout_attempts_visible_to(user=request.user)

    @admin.display(boolean=True, description="locked out")
    def locked(self, attempt):
        return lockout_is_locked(attempt=attempt)

    @admin.action(description="Unlock: let them try again now", permissions=["delete"])
    def unlock(self, request, queryset):
        count = sign_in_unlock(attempts=queryset)  # the selection, within get_queryset's scope
        self.message_user(request, f"Unlocked {count} sign-in record(s).", messages.SUCCESS)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # "Unlock" says what deleting them means
        return actions

    def may(self, request, action: str, obj) -> bool:
        # Records come only from get_queryset (already scoped to administered CCGs' users).
        return action in ("view", "delete") and self._may_unlock(request)

    def _may_unlock(self, request) -> bool:
        user = request.user
        return user.is_active and (user.is_superuser or bool(administered_ccg_ids(user=user)))

    def has_module_permission(self, request):
        return self._may_unlock(request)

    def has_view_permission(self, request, obj=None):
        return self._may_unlock(request)

    def has_delete_permission(self, request, obj=None):
        return self._may_unlock(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
