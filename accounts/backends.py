"""Django's permission checks, answered from CCG memberships.

Without an object: does the user hold the permission in any of their CCGs (the admin's menu
uses this). With an object: only the roles held in that object's CCGs count
(accounts.scoping.owning_ccg_ids). To read it, one of its CCGs must grant the permission; to
change or delete it, every one of them must (a user shared by two CCGs belongs to both teams,
so one CCG's administrator may not change their account); a shared record (a campaign
written once) is read in each of its CCGs and changed with the lead CCG's roles alone. A
record of no CCG (a role) is for superusers only, and only a superuser changes a superuser."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission

from .scoping import owning_ccg_ids, writing_ccg_ids


class MembershipBackend(ModelBackend):
    def _get_group_permissions(self, user_obj):
        return Permission.objects.filter(group__memberships__user=user_obj)

    def has_perm(self, user_obj, perm, obj=None):
        if obj is None:
            return super().has_perm(user_obj, perm)
        if not user_obj.is_active:
            return False
        if user_obj.is_superuser:
            return True
        ccg_ids = owning_ccg_ids(obj)
        if not ccg_ids:
            return False
        scope = self._scope(user_obj)
        if perm.split(".", 1)[-1].startswith("view_"):
            return any(scope.can(perm, ccg_id) for ccg_id in ccg_ids)
        if getattr(obj, "is_superuser", False):
            return False
        return all(scope.can(perm, ccg_id) for ccg_id in writing_ccg_ids(obj))

    def _scope(self, user_obj):
        # Cached on the user object for the request, as ModelBackend caches its permissions.
        if not hasattr(user_obj, "_membership_scope_cache"):
            from .selectors import scope_for_user

            user_obj._membership_scope_cache = scope_for_user(user=user_obj)
        return user_obj._membership_scope_cache
