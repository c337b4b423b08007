"""The client's address, for lockouts and throttles.

X-Forwarded-For is a list anyone can start: only the entries our own reverse proxies appended
can be believed. With TRUSTED_PROXY_COUNT = N, the client is the N-th address from the right
(the one the outermost trusted proxy saw); with 0 the header is ignored and REMOTE_ADDR is the
client. A request that came round the proxies, with too short a header, falls back to
REMOTE_ADDR rather than trusting what it says."""

from ipaddress import ip_address

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None  # none on a request made in code
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ip_address(candidate))
    except ValueError:  # a proxy that writes ports or names is misconfigured: do not trust it
        return remote
