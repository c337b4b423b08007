from django.urls import path

from . import views

app_name = "reporting"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/snapshots.csv", views.snapshots_export, {"fmt": "csv"}, name="snapshots_csv"),
    path(
        "dashboard/snapshots.json", views.snapshots_export, {"fmt": "json"}, name="snapshots_json"
    ),
    path("reports/", views.reports_archive, name="reports"),
    path("reports/<int:pk>.pdf", views.report_download, {"fmt": "pdf"}, name="report_pdf"),
    path("reports/<int:pk>.xlsx", views.report_download, {"fmt": "xlsx"}, name="report_xlsx"),
]
