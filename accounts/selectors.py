from collections.abc import Iterable

from django.contrib.auth.models import Permission
from django.db.models import QuerySet

from .models import Ccg, Locality, Membership, Notification, User
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


def ccgs_with(*, scope: Scope, perm: str) -> QuerySet[Ccg]:
    """The CCGs shown now in which the user holds `perm`: the choices of a "which CCG" field."""
    return Ccg.objects.filter(pk__in=scope.ccg_ids_with(perm)).order_by("name")


def ccg_shown(*, scope: Scope, ccg_id: int) -> Ccg | None:
    """One of the CCGs shown now, or None (the caller answers 404: it does not say why)."""
    return Ccg.objects.filter(pk=ccg_id, pk__in=scope.ccg_ids).first()


def localities_in(*, ccg_ids) -> QuerySet[Locality]:
    """The localities of these CCGs (the caller picks them from the scope for its purpose)."""
    return Locality.objects.filter(ccg_id__in=ccg_ids).order_by("name")


def members_of(
    *, scope: Scope, ccg_id: int, role: str | None = None, active_only: bool = False
) -> QuerySet[User]:
    """People to pick as an owner in a CCG shown now (optionally only those holding `role`);
    no one for any other CCG, so a picker never lists another CCG's staff."""
    if ccg_id not in scope.ccg_ids:
        return User.objects.none()
    return ccg_people(ccg_ids=[ccg_id], role=role, active_only=active_only)


def ccg_people(
    *, ccg_ids: Iterable[int], role: str | None = None, active_only: bool = False
) -> QuerySet[User]:
    """The people of these CCGs, optionally only those holding `role` (a constant from
    accounts.roles) there. The one query for "a CCG's people in a role": the caller decides
    which CCGs the user may see (members_of does it from the scope)."""
    # One filter() call: the role must be held in one of these CCGs, not in any of the user's.
    held = {"memberships__ccg_id__in": list(ccg_ids)}
    if role is not None:
        held["memberships__role__name"] = role
    users = User.objects.filter(**held)
    if active_only:
        users = users.filter(is_active=True)
    return users.distinct().order_by("full_name")


def notification_list(*, user: User):
    return Notification.objects.filter(user=user).select_related("ccg")


def notifications_unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
