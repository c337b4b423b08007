"""Django's permission checks, answered from CCG memberships.

Without an object: does the user hold the permission in any of their CCGs (the admin and
`user.has_perm` use this). With an object that has a CCG: only that CCG's role counts."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission


class MembershipBackend(ModelBackend):
    def _get_group_permissions(self, user_obj):
        return Permission.objects.filter(group__memberships__user=user_obj)

    def has_perm(self, user_obj, perm, obj=None):
        if obj is None or not hasattr(obj, "ccg_id"):
            return super().has_perm(user_obj, perm)
        if not user_obj.is_active:
            return False
        if user_obj.is_superuser:
            return True
        from .selectors import scope_for_user

        return scope_for_user(user=user_obj).can(perm, obj.ccg_id)
