from django.urls import path

from .views import awareness_days

app_name = "campaigns"
urlpatterns = [
    path("awareness-days/", awareness_days.awareness_day_list, name="awareness_day_list"),
    path(
        "awareness-days/export.<str:fmt>",
        awareness_days.awareness_day_export,
        name="awareness_day_export",
    ),
]
