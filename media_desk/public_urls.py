"""The public FOI disclosure log, mounted at /foi-disclosure-log/: no login."""

from django.urls import path

from .views import public

app_name = "public_disclosure"
urlpatterns = [
    path("", public.disclosure_log, name="index"),
    path("<int:pk>/", public.disclosure_entry, name="entry"),
    path("<int:pk>/attachment/", public.disclosure_attachment, name="attachment"),
    path("feed.atom", public.disclosure_atom, name="atom"),
]
