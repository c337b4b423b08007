from django.contrib.auth.models import Group
from django.db import transaction

from .models import Ccg, Membership, User
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
    # Administrators manage users, CCGs and policies in the Django admin.
    is_admin = Membership.objects.filter(user=user, role__name=ADMINISTRATOR).exists()
    if user.is_staff != is_admin and not user.is_superuser:
        user.is_staff = is_admin
        user.save(update_fields=["is_staff"])
    return membership


def user_create(*, email: str, full_name: str, password: str | None = None) -> User:
    return User.objects.create_user(email=email, full_name=full_name, password=password)
