"""Feeds of the published items, for CCG websites: Atom, and JSON Feed 1.1. Both take the
public page's filters (?ccg=ODS code&theme=slug&period=...), so a CCG's site asks for its own."""

from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..selectors import public
from .public import public_filters, public_page

FEED_TITLE = "You said, we did"


def _describe(item: public.PublicItem) -> str:
    parts = [f"You said: {item.you_said}", f"We did: {item.we_did}"]
    if item.reason:
        parts.append(f"Why it is not possible: {item.reason}")
    parts.append(f"Status: {item.status_label}")
    return "\n\n".join(parts)


class YouSaidWeDidAtom(Feed):
    feed_type = Atom1Feed
    title = FEED_TITLE
    subtitle = "What people told their clinical commissioning group, and what it did about it."

    def get_object(self, request):
        return public_filters(request)[1]

    def link(self):
        return reverse("public_engagement:index")

    def items(self, filters):
        return public.published_items(filters=filters)[0]

    def item_title(self, item):
        return f"{item.ccg_name}: {item.title}"

    def item_description(self, item):
        return _describe(item)

    def item_link(self, item):
        return reverse("public_engagement:item", args=[item.pk])

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.ccg_name

    def item_categories(self, item):
        return [theme.name for theme in item.themes]


you_said_we_did_atom = public_page(YouSaidWeDidAtom())


@public_page
def you_said_we_did_json(request):
    _, filters = public_filters(request)
    items, _ = public.published_items(filters=filters)
    home = request.build_absolute_uri(reverse("public_engagement:index"))
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": FEED_TITLE,
        "home_page_url": home,
        "feed_url": request.build_absolute_uri(),
        "language": "en-GB",
        "items": [
            {
                "id": request.build_absolute_uri(reverse("public_engagement:item", args=[i.pk])),
                "url": request.build_absolute_uri(reverse("public_engagement:item", args=[i.pk])),
                "title": f"{i.ccg_name}: {i.title}",
                "content_text": _describe(i),
                "date_published": i.published_at.isoformat(),
                "tags": [theme.name for theme in i.themes],
                "authors": [{"name": i.ccg_name}],
                "_you_said_we_did": {
                    "ccg": {"name": i.ccg_name, "ods_code": i.ccg_code},
                    "you_said": i.you_said,
                    "we_did": i.we_did,
                    "status": i.status,
                    "not_possible_reason": i.reason,
                    "heard_on": i.heard_on.isoformat(),
                    "themes": [{"slug": t.slug, "name": t.name} for t in i.themes],
                },
            }
            for i in items
        ],
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"indent": 1})
