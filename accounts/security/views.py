"""Thin views for the second step of signing in, setting it up, the account page and the
throttled password reset."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from . import services
from .client_address import client_address
from .forms import AppCodeForm, SecurityCodeForm
from .qr import qr_svg, secret_for_typing
from .selectors import recovery_codes_left, totp_device_confirmed, two_factor_status

NEW_CODES_SESSION_KEY = "two_factor_new_recovery_codes"


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@never_cache
@login_required
def two_factor_verify(request):
    if request.user.is_verified() or not two_factor_status(user=request.user).has_device:
        return redirect(_next_url(request))
    form = SecurityCodeForm(request.POST or None)
    if form.is_valid():
        device = services.two_factor_verify(user=request.user, code=form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = recovery_codes_left(user=request.user)
                messages.warning(
                    request,
                    f"You signed in with a recovery code; {left} left. Each works once: "
                    "make new ones from your account page when you run low.",
                )
            return redirect(_next_url(request))
        form.add_error(
            "code",
            "That code is not right or was already used. Enter the code your app shows now, "
            "or a recovery code you have not used.",
        )
    return render(
        request, "accounts/security/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@login_required
def two_factor_setup(request):
    status = two_factor_status(user=request.user)
    if status.has_device and not request.user.is_verified():
        # A new app needs the current second factor first, or a stolen password would be
        # enough to enrol the thief's phone.
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('two_factor_verify')}?{query}")
    device = services.totp_device_start(user=request.user)
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        codes = services.totp_device_confirm(device=device, code=form.cleaned_data["code"])
        if codes is not None:
            otp_login(request, device)
            request.session[NEW_CODES_SESSION_KEY] = codes
            query = urlencode({"next": _next_url(request)})
            return redirect(f"{reverse('two_factor_recovery_codes')}?{query}")
        form.add_error(
            "code",
            "That code is not right. Check the time on your phone is set automatically and "
            "enter the code your app shows now.",
        )
    context = {
        "form": form,
        "status": status,
        "qr_svg": qr_svg(device.config_url),
        "secret": secret_for_typing(device.bin_key),
        "next": _next_url(request),
    }
    return render(request, "accounts/security/setup.html", context)


@never_cache
@login_required
def two_factor_recovery_codes(request):
    """Shows new recovery codes once; POST makes a new set (the old ones stop working)."""
    if totp_device_confirmed(user=request.user) is None:
        return redirect("account")
    if request.method == "POST":
        request.session[NEW_CODES_SESSION_KEY] = services.recovery_codes_replace(user=request.user)
        return redirect("two_factor_recovery_codes")
    context = {
        "codes": request.session.pop(NEW_CODES_SESSION_KEY, None),
        "left": recovery_codes_left(user=request.user),
        "next": _next_url(request),
    }
    return render(request, "accounts/security/recovery_codes.html", context)


@login_required
def account(request):
    context = {
        "status": two_factor_status(user=request.user),
        "app": totp_device_confirmed(user=request.user),
        "codes_left": recovery_codes_left(user=request.user),
    }
    return render(request, "accounts/security/account.html", context)


@login_required
@require_POST
def two_factor_turn_off(request):
    services.two_factor_turn_off(user=request.user)
    messages.success(request, "Two-factor sign-in is off: you sign in with your password only.")
    return redirect("account")


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """Django's reset, with a limit on requests per client address and per e-mail address, so
    the form cannot be used to flood someone's inbox or to probe at speed."""

    def form_valid(self, form):
        allowed = services.password_reset_allow(
            address=client_address(self.request) or "", email=form.cleaned_data["email"]
        )
        if not allowed:
            window = settings.PASSWORD_RESET_WINDOW
            context = {
                "minutes": int(window.total_seconds() // 60),
                "try_again_at": timezone.localtime() + window,
            }
            return render(
                self.request, "registration/password_reset_throttled.html", context, status=429
            )
        return super().form_valid(form)
