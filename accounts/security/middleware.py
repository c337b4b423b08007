from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from .selectors import two_factor_status

# The only views a signed-in but unverified user may open: the second step itself, set-up for
# those who have no device yet (the view guards itself), and signing out.
EXEMPT_VIEWS = frozenset({"two_factor_verify", "two_factor_setup", "logout", "admin:logout"})


class TwoFactorMiddleware:
    """After the password, the second factor before any page, the admin site included: a user
    with a device is asked for a code; one who must use two-factor but has no device yet is sent
    to set it up. Users who need not and have not set it up pass with the password alone.

    It runs on every view by default, so a new page is covered without anyone remembering to.
    Needs django_otp's OTPMiddleware (request.user.is_verified) before it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.view_name in EXEMPT_VIEWS:
            return None
        status = two_factor_status(user=user)
        if status.has_device:
            return _redirect_keeping_target(request, "two_factor_verify")
        if status.required:
            return _redirect_keeping_target(request, "two_factor_setup")
        return None


def _redirect_keeping_target(request, view_name: str):
    url = reverse(view_name)
    if request.method in ("GET", "HEAD"):
        url += "?" + urlencode({"next": request.get_full_path()})
    return redirect(url)
