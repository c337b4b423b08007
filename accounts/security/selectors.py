"""Reads for sign-in protection: who must use two-factor, what devices they have, and which
locked-out sign-ins an administrator may see."""

from dataclasses import dataclass

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..models import Membership, User
from ..roles import ADMINISTRATOR


@dataclass(frozen=True)
class TwoFactorStatus:
    required: bool  # superusers, anyone who may open the admin, and Administrators of any CCG
    has_device: bool  # a confirmed authenticator app or recovery codes


def two_factor_status(*, user: User) -> TwoFactorStatus:
    """One query, since the middleware asks on every page until the session is verified."""
    row = (
        User.objects.filter(pk=user.pk)
        .annotate(
            administers=Exists(
                Membership.objects.filter(user=OuterRef("pk"), role__name=ADMINISTRATOR)
            ),
            has_totp=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)),
            has_static=Exists(StaticDevice.objects.filter(user=OuterRef("pk"), confirmed=True)),
        )
        .values("administers", "has_totp", "has_static")
        .get()
    )
    return TwoFactorStatus(
        required=user.is_superuser or user.is_staff or row["administers"],
        has_device=row["has_totp"] or row["has_static"],
    )


def totp_device_confirmed(*, user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_codes_left(*, user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def administered_ccg_ids(*, user: User) -> list[int]:
    return list(
        Membership.objects.filter(user=user, role__name=ADMINISTRATOR).values_list(
            "ccg_id", flat=True
        )
    )


def lockout_attempts_visible_to(*, user: User) -> QuerySet[AccessAttempt]:
    """Failed sign-ins an administrator may see and clear: the superuser every one; a CCG's
    Administrator those for the e-mail addresses of the users in the CCGs they administer
    (usernames are stored in lower case, see lockout.attempted_username)."""
    attempts = AccessAttempt.objects.order_by("-attempt_time")
    if user.is_superuser:
        return attempts
    emails = (
        User.objects.filter(memberships__ccg_id__in=administered_ccg_ids(user=user))
        .values_list("email", flat=True)
        .distinct()
    )
    return attempts.filter(username__in=[email.lower() for email in emails])


def lockout_is_locked(*, attempt: AccessAttempt) -> bool:
    return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
