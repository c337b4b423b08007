"""The header navigation: each entry shows only to roles holding its permission somewhere."""

from django.urls import reverse

NAV_ITEMS = (
    ("Media desk", "media_desk:queue", "media_desk.view_enquiry"),
    ("What you logged", "media_desk:mine", "media_desk.log_enquiry"),
    ("Stakeholders", "stakeholders:contact_list", "stakeholders.view_contact"),
    ("Engagement", "engagement:index", "engagement.view_event"),
    ("Campaigns", "campaigns:campaign_list", "campaigns.view_campaign"),
    ("Calendar", "campaigns:calendar_month", "campaigns.view_calendar"),
    ("Dashboard", "reporting:dashboard", "reporting.view_kpisnapshot"),
    ("Administration", "admin:index", "accounts.change_ccg"),
)


def nav_items(request) -> dict:
    scope = getattr(request, "scope", None)
    if scope is None or not request.user.is_authenticated:
        return {}
    items = []
    for label, url_name, perm in NAV_ITEMS:
        if scope.can(perm):
            url = reverse(url_name)
            items.append({"label": label, "url": url, "current": request.path.startswith(url)})
    return {"nav_items": items}
