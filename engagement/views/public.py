"""The public "you said, we did" pages: no login, no staff navigation, no JavaScript needed.
Everything they show comes from `selectors.public`, which returns published copies only."""

import datetime

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from campaigns.selectors import meetings_public
from core.listing import offset_page

from ..forms import PublicFilterForm
from ..periods import Period
from ..selectors import public

PAGE_SIZE = 20
# Short: a response taken off the page must not linger in caches for long.
PUBLIC_CACHE = cache_control(public=True, max_age=60)


def public_page(view):
    """A page for anyone: no login (the portal's other pages all need one), cached briefly."""
    return login_not_required(PUBLIC_CACHE(view))


def public_filters(request) -> tuple[PublicFilterForm, public.PublicFilters]:
    choices = public.public_choices()
    form = PublicFilterForm(request.GET or None, ccgs=choices["ccgs"], themes=choices["themes"])
    form.is_valid()  # keep whichever filters are valid; ignore the rest
    data = getattr(form, "cleaned_data", {})
    filters = public.PublicFilters(
        ccg=data.get("ccg", ""), theme=data.get("theme", ""), period=form.chosen_period()
    )
    return form, filters


@public_page
def you_said_we_did(request):
    form, filters = public_filters(request)
    page = offset_page(
        request,
        fetch=lambda **at: public.published_items(filters=filters, **at),
        per_page=PAGE_SIZE,
    )
    context = {
        "form": form,
        **page,
        "items": page["rows"],
        "filtered": bool(filters.ccg or filters.theme or filters.period),
    }
    return render(request, "engagement/public/index.html", context)


@public_page
def you_said_we_did_item(request, pk: int):
    item = public.published_item(pk=pk)
    if item is None:
        raise Http404
    return render(request, "engagement/public/item.html", {"item": item})


@public_page
def consultation_reports(request):
    form, filters = public_filters(request)
    period: Period | None = filters.period
    reports = public.published_consultations(ccg=filters.ccg, period=period)
    context = {"form": form, "reports": reports}
    return render(request, "engagement/public/consultations.html", context)


@public_page
def consultation_report(request, pk: int):
    report = public.published_consultation(pk=pk)
    if report is None:
        raise Http404
    return render(request, "engagement/public/consultation.html", {"report": report})


@public_page
def meetings_in_public(request):
    """Governing body meetings in public, AGMs and other open meetings (the campaign calendar's)."""
    meetings = meetings_public(since=timezone.now() - datetime.timedelta(hours=12))
    return render(request, "engagement/public/meetings.html", {"meetings": meetings})
