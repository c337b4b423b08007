"""Helpers for tests of the sign-in steps themselves (they post to the real pages)."""

from django.test import Client
from django.urls import reverse
from django_otp.oath import totp

PASSWORD = "correct-horse-battery"  # the factories' password


def password_sign_in(client: Client, email: str, password: str = PASSWORD, **extra):
    return client.post(reverse("login"), {"username": email, "password": password}, **extra)


def is_signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def app_code(device) -> str:
    """What the user's authenticator app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
