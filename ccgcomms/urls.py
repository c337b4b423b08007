from django.contrib import admin
from django.urls import include, path

from reporting.views import home

from . import views

admin.site.site_header = "CCG Comms Portal administration"

urlpatterns = [
    path("", home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("stakeholders/", include("stakeholders.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("media-desk/", include("media_desk.urls")),
    path("reporting/", include("reporting.urls")),
    path("", include("accounts.urls")),
]
