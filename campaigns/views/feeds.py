"""The private iCalendar feed (no login: the secret token is the key), its settings page
(regenerate, revoke), and one calendar item as a .ics download."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts.access import require_perm

from .. import selectors, services

NEW_TOKEN = "campaigns.calendar_feed_token"  # noqa: S105 (a session key: shows a new URL once)


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_not_required
@never_cache
@require_GET
def calendar_feed(request, token: str):
    """What Outlook and Google Calendar fetch. An unknown, old or revoked token is a 404 that
    says nothing more; a known one gets the calendar its user's roles show now."""
    user = selectors.calendar_feed_user(token=token)
    if user is None:
        raise Http404
    entries = selectors.calendar_feed_entries(user=user, today=timezone.localdate())
    services.calendar_feed_used(user=user)
    body = selectors.calendar_ics(
        entries=entries,
        name="CCG campaign calendar",
        base_url=request.build_absolute_uri("/")[:-1],
        now=timezone.now(),
    )
    return _ics_response(body, "campaign-calendar.ics")


@login_required
def calendar_feed_settings(request):
    require_perm(request, selectors.VIEW_CALENDAR)
    token = request.session.pop(NEW_TOKEN, None)
    feed_url = (
        request.build_absolute_uri(f"/campaigns/calendar/feed/{token}.ics") if token else None
    )
    context = {
        "feed": selectors.calendar_feed_of(user=request.user),
        "feed_url": feed_url,
    }
    return render(request, "campaigns/calendar_feed.html", context)


@login_required
@require_POST
def calendar_feed_regenerate(request):
    require_perm(request, selectors.VIEW_CALENDAR)
    request.session[NEW_TOKEN] = services.calendar_feed_regenerate(user=request.user)
    messages.success(request, "Your new calendar address is ready. Any old address has stopped.")
    return redirect("campaigns:calendar_feed_settings")


@login_required
@require_POST
def calendar_feed_revoke(request):
    services.calendar_feed_revoke(user=request.user)
    messages.success(request, "Your calendar address has stopped working.")
    return redirect("campaigns:calendar_feed_settings")


@login_required
def calendar_item_ics(request):
    """One calendar entry as a .ics file (?uid=...&on=YYYY-MM-DD, as the agenda links)."""
    require_perm(request, selectors.VIEW_CALENDAR)
    try:
        on = datetime.date.fromisoformat(request.GET.get("on", ""))
    except ValueError:
        raise Http404 from None
    query = selectors.CalendarQuery(scope=request.scope, start=on, end=on)
    entry = selectors.calendar_entry_find(query=query, uid=request.GET.get("uid", ""))
    if entry is None:
        raise Http404
    body = selectors.calendar_ics(
        entries=[entry],
        name=entry.title,
        base_url=request.build_absolute_uri("/")[:-1],
        now=timezone.now(),
    )
    return _ics_response(body, f"{entry.uid}.ics".replace(" ", "-"))
