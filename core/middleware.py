"""What every signed-in page gets: no copy kept by browsers or proxies, and a sign-out after a
spell without activity."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.cache import patch_cache_control

LAST_ACTIVITY_KEY = "last_activity"
# The session is written at most this often to record activity, so a page costs no session
# write; a user is therefore signed out between SESSION_IDLE_TIMEOUT and that plus a minute.
ACTIVITY_RESOLUTION = 60


class NoStoreForSignedInMiddleware:
    """`Cache-Control: no-store` on every answer to a signed-in user: their pages hold personal
    data and must not stay in the browser's history cache or a proxy after they leave. Static
    files never come here (WhiteNoise and runserver answer them first), and anonymous visitors
    keep the public pages' own short public caching."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            # What the view said about caching was for anyone; this answer is for one person.
            del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response


def describe_seconds(seconds: int) -> str:
    if seconds % 60:
        return f"{seconds} seconds"
    minutes = seconds // 60
    return f"{minutes} minute{'' if minutes == 1 else 's'}"


class IdleTimeoutMiddleware:
    """Signs out a user whose last request was more than SESSION_IDLE_TIMEOUT seconds ago, at
    their next request; the login page, where LoginRequiredMiddleware sends them, says why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        now = int(time.time())
        if request.user.is_authenticated and self._idle_too_long(request, now):
            logout(request)  # a new, empty session; request.user is anonymous from here on
            messages.info(
                request,
                f"You were signed out after "
                f"{describe_seconds(settings.SESSION_IDLE_TIMEOUT)} without activity, to "
                f"protect the information in the portal. Sign in again to carry on.",
            )
        response = self.get_response(request)
        if request.user.is_authenticated:
            last = request.session.get(LAST_ACTIVITY_KEY)
            if last is None or now - last >= ACTIVITY_RESOLUTION:
                request.session[LAST_ACTIVITY_KEY] = now
        return response

    @staticmethod
    def _idle_too_long(request, now: int) -> bool:
        last = request.session.get(LAST_ACTIVITY_KEY)
        return last is not None and now - last > settings.SESSION_IDLE_TIMEOUT


def start_activity_clock(sender, request, user, **kwargs):
    """On signing in (user_logged_in): the clock starts then, so the first page after it
    writes no session."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_KEY] = int(time.time())
