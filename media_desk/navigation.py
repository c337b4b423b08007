"""The media desk's own menu (under the header's "Media desk"): the queue, the three
registers and the FOI statistics, each shown only to roles that may see it somewhere."""

from django.urls import reverse

SECTIONS = (
    ("queue", "Open items", "media_desk:queue", None, "media_desk.view_enquiry"),
    (
        "spokespeople",
        "Spokespeople",
        "media_desk:register_list",
        "spokespeople",
        "media_desk.view_spokesperson",
    ),
    (
        "press-releases",
        "Press releases",
        "media_desk:register_list",
        "press-releases",
        "media_desk.view_pressrelease",
    ),
    ("mps", "MPs and councillors", "media_desk:mps", None, "media_desk.view_enquiry"),
    ("lines", "Lines to take", "media_desk:lines", None, "media_desk.view_linetotake"),
    ("coverage", "Coverage", "media_desk:register_list", "coverage", "media_desk.view_coverage"),
    (
        "corrections",
        "Corrections",
        "media_desk:corrections",
        None,
        "media_desk.view_correctionrequest",
    ),
    (
        "foi-statistics",
        "FOI statistics",
        "media_desk:foi_statistics",
        None,
        "media_desk.view_enquiry",
    ),
)


def desk_nav(*, scope, current: str) -> list[dict]:
    links = []
    for key, label, url_name, register, perm in SECTIONS:
        if scope.can(perm):
            url = reverse(url_name, args=[register] if register else [])
            links.append({"label": label, "url": url, "current": key == current})
    return links
