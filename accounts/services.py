from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .models import Ccg, Membership, Notification, User
from .roles import ADMINISTRATOR


@transaction.atomic
def membership_grant(*, user: User, ccg: Ccg, role: str) -> Membership:
    """Give `user` the `role` in `ccg` (replacing any role they had there)."""
    group = Group.objects.get(name=role)
    membership = Membership.objects.filter(user=user, ccg=ccg).first()
    if membership is None:
        membership = Membership.objects.create(user=user, ccg=ccg, role=group)
    elif membership.role_id != group.pk:  # only a real change enters the audit history
        membership.role = group
        membership.save(update_fields=["role"])
    user_staff_sync(user=user)
    return membership


def user_staff_sync(*, user: User) -> None:
    """Administrators manage users, CCGs and policies in the Django admin: admin access
    (`is_staff`) follows the Administrator role, never a tick box (superusers keep theirs)."""
    is_admin = Membership.objects.filter(user=user, role__name=ADMINISTRATOR).exists()
    if user.is_staff != is_admin and not user.is_superuser:
        user.is_staff = is_admin
        user.save(update_fields=["is_staff"])


def user_create(*, email: str, full_name: str, password: str | None = None) -> User:
    return User.objects.create_user(email=email, full_name=full_name, password=password)


def notification_send(*, user: User, ccg: Ccg, message: str, link: str = "") -> Notification:
    return Notification.objects.create(user=user, ccg=ccg, message=message, link=link)


def notifications_mark_done(*, link: str) -> int:
    """The item at `link` was closed: its notifications (assignments, reminders) ask nothing
    more of anyone, so they stop counting as new for everyone who has them."""
    if not link:
        return 0
    unread = Notification.objects.filter(link=link, read_at__isnull=True)
    return unread.update(read_at=timezone.now())


def notifications_mark_read(*, user: User) -> int:
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    return unread.update(read_at=timezone.now())


def roles_ensure() -> None:
    """The four roles with their permissions, as the data migration makes them (idempotent)."""
    from django.apps import apps

    from .roles import sync_role_permissions

    sync_role_permissions(apps)
