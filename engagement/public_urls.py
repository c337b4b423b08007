"""The public pages, mounted at /you-said-we-did/: no login."""

from django.urls import path

from .views import feeds, public

app_name = "public_engagement"
urlpatterns = [
    path("", public.you_said_we_did, name="index"),
    path("<int:pk>/", public.you_said_we_did_item, name="item"),
    path("feed.atom", feeds.you_said_we_did_atom, name="atom"),
    path("feed.json", feeds.you_said_we_did_json, name="json"),
    path("consultations/", public.consultation_reports, name="consultations"),
    path("consultations/<int:pk>/", public.consultation_report, name="consultation"),
    # Meetings held in public (governing body, AGM): the campaign calendar's, read through
    # campaigns.selectors.meetings_public.
    path("meetings/", public.meetings_in_public, name="meetings"),
]
