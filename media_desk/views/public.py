"""The public FOI disclosure log: no login, no staff navigation, no JavaScript needed. What it
shows comes from `selectors.disclosure`, which returns published, not withdrawn copies only."""

from django.contrib.auth.decorators import login_not_required
from django.contrib.syndication.views import Feed
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.cache import cache_control

from core.listing import offset_page

from .. import selectors
from ..forms.disclosure import DisclosureFilterForm

PAGE_SIZE = 20
# Short: an entry withdrawn from the log must not linger in caches for long.
PUBLIC_CACHE = cache_control(public=True, max_age=60)
FEED_TITLE = "FOI disclosure log"


def public_page(view):
    return login_not_required(PUBLIC_CACHE(view))


def _filters(request):
    form = DisclosureFilterForm(request.GET or None, ccg_choices=selectors.disclosure_ccg_choices())
    return form, form.filters()


@public_page
def disclosure_log(request):
    form, filters = _filters(request)
    page = offset_page(
        request,
        fetch=lambda **at: selectors.disclosures_published(filters=filters, **at),
        per_page=PAGE_SIZE,
    )
    context = {
        "form": form,
        **page,
        "entries": page["rows"],
        "filtered": filters.any,
    }
    return render(request, "media_desk/public/index.html", context)


@public_page
def disclosure_entry(request, pk: int):
    entry = selectors.disclosure_published(pk=pk)
    if entry is None:
        raise Http404
    return render(request, "media_desk/public/entry.html", {"entry": entry})


@public_page
def disclosure_attachment(request, pk: int):
    attachment = selectors.disclosure_attachment(pk=pk)
    if attachment is None:
        raise Http404
    try:
        handle = attachment.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = attachment.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=name)


class DisclosureLogAtom(Feed):
    """The log as an Atom feed, with the page's filters (?ccg=ODS code&published_from_...)."""

    feed_type = Atom1Feed
    title = FEED_TITLE
    subtitle = "Responses to freedom of information requests, published by the CCGs."

    def get_object(self, request):
        return _filters(request)[1]

    def link(self):
        return reverse("public_disclosure:index")

    def items(self, filters):
        return selectors.disclosures_published(filters=filters)[0]

    def item_title(self, entry):
        return f"{entry.ccg_name}: {entry.title}"

    def item_description(self, entry):
        return (
            f"What was asked: {entry.request_summary}\n\n"
            f"Outcome: {entry.outcome_label}\n\n{entry.response_text}"
        )

    def item_link(self, entry):
        return reverse("public_disclosure:entry", args=[entry.pk])

    def item_pubdate(self, entry):
        return entry.published_at

    def item_updateddate(self, entry):
        return entry.published_at

    def item_author_name(self, entry):
        return entry.ccg_name


disclosure_atom = public_page(DisclosureLogAtom())
