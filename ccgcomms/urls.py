from django.contrib import admin
from django.urls import include, path

from . import views

admin.site.site_header = "CCG Comms Portal administration"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("stakeholders/", include("stakeholders.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("reporting/", include("reporting.urls")),
    path("", include("accounts.urls")),
]
