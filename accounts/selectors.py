from django.contrib.auth.models import Permission

from .models import Ccg, Membership, Notification, User
from .scoping import EMPTY_SCOPE, Scope


def scope_for_user(*, user: User, active_ccg_id: int | None = None) -> Scope:
    """One query: the user's memberships with their roles' permissions."""
    if not user.is_authenticated or not user.is_active:
        return EMPTY_SCOPE
    if user.is_superuser:
        return _superuser_scope(active_ccg_id)
    permissions: dict[int, set[str]] = {}
    roles: dict[int, str] = {}
    rows = Membership.objects.filter(user=user).values_list(
        "ccg_id",
        "role__name",
        "role__permissions__content_type__app_label",
        "role__permissions__codename",
    )
    for ccg_id, role, app_label, codename in rows:
        roles[ccg_id] = role
        perms = permissions.setdefault(ccg_id, set())
        if codename:
            perms.add(f"{app_label}.{codename}")
    return Scope(
        permissions={cid: frozenset(p) for cid, p in permissions.items()},
        roles=roles,
        active_ccg_id=active_ccg_id,
    )


def _superuser_scope(active_ccg_id: int | None) -> Scope:
    from .roles import ADMINISTRATOR

    every = frozenset(
        f"{app}.{codename}"
        for app, codename in Permission.objects.values_list("content_type__app_label", "codename")
    )
    ids = list(Ccg.objects.values_list("id", flat=True))
    return Scope(
        permissions={cid: every for cid in ids},
        roles={cid: ADMINISTRATOR for cid in ids},
        active_ccg_id=active_ccg_id,
    )


def ccgs_in_scope(*, scope: Scope) -> list[Ccg]:
    return list(Ccg.objects.filter(id__in=scope.member_ccg_ids).order_by("name"))


def user_ccg_role(*, user: User, ccg: Ccg) -> str | None:
    return (
        Membership.objects.filter(user=user, ccg=ccg).values_list("role__name", flat=True).first()
    )


def notification_list(*, user: User):
    return Notification.objects.filter(user=user).select_related("ccg")


def notifications_unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
