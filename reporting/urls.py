from django.urls import path

from . import views

app_name = "reporting"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/snapshots.csv", views.snapshots_export, {"fmt": "csv"}, name="snapshots_csv"),
    path(
        "dashboard/snapshots.json", views.snapshots_export, {"fmt": "json"}, name="snapshots_json"
    ),
]
