from django.contrib import admin
from django.urls import include, path

from core import views as core_views
from reporting.views import home

admin.site.site_header = "CCG Comms Portal administration"
# Works with the database down: a styled 503 with Retry-After, else a styled 500.
handler500 = "core.errors.server_error"
# A styled refusal, logged as one line (who, which page) rather than a traceback.
handler403 = "core.errors.permission_denied"

urlpatterns = [
    path("", home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("stakeholders/", include("stakeholders.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("engagement/", include("engagement.urls")),
    # Public, no login: what people told us and what we did (engagement/public_urls.py).
    path("you-said-we-did/", include("engagement.public_urls")),
    # Public, no login: the FOI disclosure log (media_desk/public_urls.py).
    path("foi-disclosure-log/", include("media_desk.public_urls")),
    path("media-desk/", include("media_desk.urls")),
    path("reporting/", include("reporting.urls")),
    path("", include("accounts.urls")),
]
