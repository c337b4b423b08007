from django.urls import path

from . import views

app_name = "campaigns"
urlpatterns = [
    path("awareness-days/", views.awareness_day_list, name="awareness_day_list"),
    path(
        "awareness-days/export.<str:fmt>", views.awareness_day_export, name="awareness_day_export"
    ),
]
