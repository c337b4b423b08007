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
