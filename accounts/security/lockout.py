"""Hooks that django-axes calls (settings AXES_USERNAME_CALLABLE and AXES_LOCKOUT_CALLABLE)."""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone


def attempted_username(request, credentials: dict | None) -> str | None:
    """The e-mail address tried, as sign-in matches it: "Alex@X" and "alex@x " are one account,
    so changing case cannot buy an attacker more guesses."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    if not username:
        return None
    return str(username).strip().lower()[:255]


def locked_out_response(request, original_response=None, credentials=None):
    """The locked-out page. Every attempt while locked out restarts the wait
    (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the time is counted from now."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "minutes": int(cool_off.total_seconds() // 60),
        "try_again_at": timezone.localtime() + cool_off,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    return render(request, "registration/locked_out.html", context, status=429)
