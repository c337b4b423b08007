from django.urls import path

from .views import awareness_days, calendar, feeds, meetings, plans

app_name = "campaigns"
urlpatterns = [
    path("awareness-days/", awareness_days.awareness_day_list, name="awareness_day_list"),
    path(
        "awareness-days/export.<str:fmt>",
        awareness_days.awareness_day_export,
        name="awareness_day_export",
    ),
    path("awareness-days/new/", awareness_days.awareness_day_add, name="awareness_day_add"),
    path(
        "awareness-days/national/",
        awareness_days.national_day_choose,
        name="national_day_choose",
    ),
    path("meetings/", meetings.meeting_list, name="meeting_list"),
    path("meetings/new/", meetings.meeting_add, name="meeting_add"),
    path("meetings/<int:pk>/edit/", meetings.meeting_edit, name="meeting_edit"),
    path("calendar/", calendar.calendar_month, name="calendar_month"),
    path("calendar/week/", calendar.calendar_week, name="calendar_week"),
    path("calendar/agenda/", calendar.calendar_agenda, name="calendar_agenda"),
    path("calendar/feed/<str:token>.ics", feeds.calendar_feed, name="calendar_feed"),
    path("calendar/subscribe/", feeds.calendar_feed_settings, name="calendar_feed_settings"),
    path(
        "calendar/subscribe/new/", feeds.calendar_feed_regenerate, name="calendar_feed_regenerate"
    ),
    path("calendar/subscribe/stop/", feeds.calendar_feed_revoke, name="calendar_feed_revoke"),
    path("calendar/item.ics", feeds.calendar_item_ics, name="calendar_item_ics"),
    path("", plans.campaign_list, name="campaign_list"),
    path("new/", plans.campaign_add, name="campaign_add"),
    path("<int:pk>/", plans.campaign_detail, name="campaign_detail"),
    path("<int:pk>/edit/", plans.campaign_edit, name="campaign_edit"),
    path("<int:pk>/notes/<int:ccg_id>/", plans.campaign_note, name="campaign_note"),
    path("notes/<int:pk>/edit/", plans.campaign_note_edit, name="campaign_note_edit"),
]

from .views import content  # noqa: E402

urlpatterns += [
    path("content/", content.content_list, name="content_list"),
    path("content/add/", content.content_add, name="content_add"),
    path("content/<int:pk>/", content.content_detail, name="content_detail"),
    path("content/<int:pk>/edit/", content.content_edit, name="content_edit"),
    path("content/<int:pk>/submit/", content.content_submit, name="content_submit"),
    path("content/<int:pk>/<str:action>/", content.content_action, name="content_action"),
]

from .views import actions  # noqa: E402

urlpatterns += [
    path("actions/", actions.action_list, name="action_list"),
    path("actions/add/", actions.action_add, name="action_add"),
    path("actions/<int:pk>/edit/", actions.action_edit, name="action_edit"),
]

from .views import evaluation  # noqa: E402

urlpatterns += [
    path("evaluation/", evaluation.evaluation_index, name="evaluation_index"),
    path(
        "evaluation/campaign/<int:pk>/",
        evaluation.evaluation_campaign,
        name="evaluation_campaign",
    ),
    path(
        "evaluation/campaign/<int:pk>/measures/add/",
        evaluation.evaluation_measure_add,
        name="evaluation_measure_add",
    ),
    path(
        "evaluation/campaign/<int:pk>/lessons/add/",
        evaluation.evaluation_lesson_add,
        name="evaluation_lesson_add",
    ),
    path(
        "evaluation/measures/<int:pk>/edit/",
        evaluation.evaluation_measure_edit,
        name="evaluation_measure_edit",
    ),
    path("evaluation/figures/", evaluation.figures_list, name="figures_list"),
    path("evaluation/figures/<int:pk>/edit/", evaluation.figures_edit, name="figures_edit"),
    path("evaluation/figures/add/", evaluation.figures_add, name="figures_add"),
    path("evaluation/figures/import/", evaluation.figures_import, name="figures_import"),
    path(
        "evaluation/figures/import-platform/",
        evaluation.figures_import_platform,
        name="figures_import_platform",
    ),
]

from .views import digest  # noqa: E402

urlpatterns += [path("my-week/", digest.my_week, name="my_week")]
