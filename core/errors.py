"""The NHS-styled error pages: 403 (refused), 404 (not found), 500 and 503.

A refused request is logged as one line, who and which page, with no traceback: a 403 is the
portal working as meant (a role without the permission), not a fault. The 404 is Django's own
handler rendering templates/404.html with the request's context.

Django's handler500 renders its page with no request context, so no context processor (the
CCG scope, the navigation) touches the database. A database that cannot be reached answers 503
"temporarily unavailable" with Retry-After, logged as one line rather than a traceback per
request; any other error keeps the usual 500 and its logged traceback."""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseForbidden,
    HttpResponseServerError,
)
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30


def _page(template: str) -> str:
    return render_to_string(template, {"service_name": settings.SERVICE_NAME})


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    user = getattr(request, "user", None)
    who = f"user {user.pk}" if user is not None and user.is_authenticated else "anonymous"
    logger.warning("Refused (403): %s %s for %s", request.method, request.path, who)
    response = HttpResponseForbidden(render_to_string("403.html", request=request))
    response._has_been_logged = True  # the line above is the log, not Django's traceback
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
        logger.error(
            "Database unavailable, answered 503: %s %s (%s: %s)",
            request.method,
            request.path,
            error.__class__.__name__,
            first_line,
        )
        response = HttpResponse(_page("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response._has_been_logged = True  # the line above is the log: no traceback as well
        return response
    return HttpResponseServerError(_page("500.html"))
