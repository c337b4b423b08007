from django.urls import path

from .views import consultations, events, feedback, overview, registers, reports, responses

app_name = "engagement"
urlpatterns = [
    path("", overview.index, name="index"),
    path("reach/", overview.reach, name="reach"),
    path("events/", events.event_list, name="event_list"),
    path("events/export.<str:fmt>", events.event_export, name="event_export"),
    path("events/add/", events.event_add, name="event_add"),
    path("events/<int:pk>/", events.event_detail, name="event_detail"),
    path("events/<int:pk>/edit/", events.event_edit, name="event_edit"),
    path("events/<int:pk>/equality/", events.event_equality, name="event_equality"),
    path("events/<int:pk>/attendees/", events.event_attendees, name="event_attendees"),
    path("feedback/", feedback.feedback_list, name="feedback_list"),
    path("feedback/export.<str:fmt>", feedback.feedback_export, name="feedback_export"),
    path("feedback/add/", feedback.feedback_add, name="feedback_add"),
    path("feedback/<int:pk>/", feedback.feedback_detail, name="feedback_detail"),
    path("feedback/<int:pk>/edit/", feedback.feedback_edit, name="feedback_edit"),
    path("feedback/<int:pk>/told/", feedback.feedback_inform, name="feedback_inform"),
    path("feedback/<int:pk>/erase/", feedback.feedback_erase, name="feedback_erase"),
    path(
        "feedback/<int:pk>/respond/",
        responses.response_add_for_feedback,
        name="response_add_for_feedback",
    ),
    path("responses/", responses.response_list, name="response_list"),
    path("responses/export.<str:fmt>", responses.response_export, name="response_export"),
    path("responses/<int:pk>/", responses.response_detail, name="response_detail"),
    path("responses/<int:pk>/edit/", responses.response_edit, name="response_edit"),
    path("responses/<int:pk>/publish/", responses.response_publish, name="response_publish"),
    path("responses/<int:pk>/unpublish/", responses.response_unpublish, name="response_unpublish"),
    path("themes/", registers.theme_list, name="theme_list"),
    path("themes/add/", registers.theme_add, name="theme_add"),
    path("themes/<int:pk>/", registers.theme_detail, name="theme_detail"),
    path(
        "themes/<int:pk>/respond/", responses.response_add_for_theme, name="response_add_for_theme"
    ),
    path("programmes/", registers.programme_list, name="programme_list"),
    path("programmes/add/", registers.programme_add, name="programme_add"),
    path("consultations/", consultations.consultation_list, name="consultation_list"),
    path("consultations/add/", consultations.consultation_add, name="consultation_add"),
    path("consultations/<int:pk>/", consultations.consultation_detail, name="consultation_detail"),
    path("consultations/<int:pk>/edit/", consultations.consultation_edit, name="consultation_edit"),
    path(
        "consultations/<int:pk>/checklist/<str:item>/",
        consultations.consultation_check,
        name="consultation_check",
    ),
    path(
        "consultations/<int:pk>/report/",
        consultations.consultation_report,
        name="consultation_report",
    ),
    path(
        "consultations/<int:pk>/publish/",
        consultations.consultation_publish,
        name="consultation_publish",
    ),
    path(
        "consultations/<int:pk>/withdraw/",
        consultations.consultation_withdraw,
        name="consultation_withdraw",
    ),
    path("annual-report/", reports.annual_report_index, name="annual_report_index"),
    path("annual-report/<int:ccg_id>/<int:year>/", reports.annual_report, name="annual_report"),
    path(
        "annual-report/<int:ccg_id>/<int:year>/generate/",
        reports.report_job_create,
        name="report_job_create",
    ),
    path("annual-report/jobs/<int:pk>/", reports.report_job_detail, name="report_job_detail"),
    path(
        "annual-report/jobs/<int:pk>/download.<str:fmt>",
        reports.report_job_download,
        name="report_job_download",
    ),
]
