"""Writes for sign-in protection: setting up and using two-factor, recovery codes, unlocking."""

from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django_otp import verify_token
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..models import User
from .selectors import two_factor_status
from .throttle import throttle_hit, throttle_key

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def totp_device_start(*, user: User) -> TOTPDevice:
    """The unconfirmed device whose secret the set-up page shows: the same one on a reload, so
    the QR code does not change under a user who is still scanning it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def totp_device_confirm(*, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirms the new device with a code from the app; it replaces any earlier app and comes
    with a fresh set of recovery codes, returned to be shown once. None when the code is wrong."""
    if not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return recovery_codes_replace(user=device.user)


def totp_device_with_key(*, user: User, key: bytes) -> TOTPDevice:
    """A confirmed app device with a given secret: for the demo administrator, whose secret is
    published so that testers can sign in. Never for a real account."""
    device, _ = TOTPDevice.objects.update_or_create(
        user=user, name=APP_DEVICE_NAME, defaults={"key": key.hex(), "confirmed": True}
    )
    return device


@transaction.atomic
def recovery_codes_replace(*, user: User) -> list[str]:
    """Ten new single-use codes; the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def two_factor_verify(*, user: User, code: str) -> Device | None:
    """The device that accepts `code`, or None. Six digits are tried against the app only and
    anything else against the recovery codes only, so a mistyped code slows down (django-otp's
    throttling) just the device it was meant for."""
    code = "".join(code.split()).replace("-", "").lower()
    model = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    for device in model.objects.filter(user=user, confirmed=True):
        if verify_token(user, device.persistent_id, code) is not None:
            return device
    return None


@transaction.atomic
def two_factor_turn_off(*, user: User) -> None:
    """Only for a user who may sign in without it (not Administrators, staff or superusers)."""
    if two_factor_status(user=user).required:
        raise PermissionDenied("Two-factor sign-in is required for your role.")
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def sign_in_unlock(*, attempts: QuerySet[AccessAttempt]) -> int:
    """Forgets the failed sign-ins, so the accounts and addresses they counted against may try
    again at once. Returns how many records went."""
    _, deleted = attempts.delete()
    return deleted.get(AccessAttempt._meta.label, 0)


def password_reset_allow(*, address: str, email: str) -> bool:
    """Counts one reset request against the client address and against the e-mail address;
    False once either has had PASSWORD_RESET_LIMIT in the window. Unknown addresses count too,
    so the answer says nothing about who has an account."""
    window = settings.PASSWORD_RESET_WINDOW
    counts = [
        throttle_hit(
            key=throttle_key(action="password-reset", kind=kind, value=value), window=window
        )
        for kind, value in (("address", address), ("email", email))
    ]
    return max(counts) <= settings.PASSWORD_RESET_LIMIT
