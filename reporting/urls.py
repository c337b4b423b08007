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
    path(
        "reports/action-plans/<int:pk>.pdf",
        views.action_plan_download,
        {"fmt": "pdf"},
        name="plan_pdf",
    ),
    path(
        "reports/action-plans/<int:pk>.xlsx",
        views.action_plan_download,
        {"fmt": "xlsx"},
        name="plan_xlsx",
    ),
    path("reports/again/<str:kind>/", views.report_regenerate, name="regenerate"),
    path("reports/jobs/<int:pk>/", views.regeneration_detail, name="regeneration"),
    path("reports/jobs/<int:pk>.json", views.regeneration_status, name="regeneration_status"),
]
