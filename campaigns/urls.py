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
    path("evaluation/figures/", evaluation.figures_list, name="figures_list"),
    path("evaluation/figures/add/", evaluation.figures_add, name="figures_add"),
    path("evaluation/figures/import/", evaluation.figures_import, name="figures_import"),
]

from .views import digest  # noqa: E402

urlpatterns += [path("my-week/", digest.my_week, name="my_week")]
