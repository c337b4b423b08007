from django.urls import path

from .views import actions, corrections, disclosure, foi, foi_stats, items, lines, mps, press, queue

app_name = "media_desk"
urlpatterns = [
    path("", queue.enquiry_queue, name="queue"),
    path("export.<str:fmt>", queue.enquiry_export, name="export"),
    path("log/<str:kind>/", items.enquiry_log, name="log"),
    path("mine/", items.my_enquiries, name="mine"),
    path("mine/<int:pk>/", items.my_enquiry, name="my_enquiry"),
    path("lines/", lines.line_list, name="lines"),
    path("lines/add/", lines.line_add, name="line_add"),
    path("lines/<int:pk>/", lines.line_detail, name="line_detail"),
    path("lines/<int:pk>/edit/", lines.line_edit, name="line_edit"),
    path("lines/<int:pk>/history/", lines.line_history, name="line_history"),
    path("corrections/", corrections.correction_list, name="corrections"),
    path("corrections/<int:pk>/edit/", corrections.correction_edit, name="correction_edit"),
    path("coverage-item/<int:pk>/", corrections.coverage_detail, name="coverage_detail"),
    path(
        "coverage-item/<int:pk>/ask-for-correction/",
        corrections.correction_add,
        name="correction_add",
    ),
    path("mps/", mps.mp_list, name="mps"),
    path("mps/<int:pk>/", mps.mp_detail, name="mp_detail"),
    path("mps/<int:pk>/briefings/add/", mps.briefing_schedule_add, name="briefing_schedule_add"),
    path("mp-briefings/<int:pk>/held/", mps.mp_briefing_held, name="mp_briefing_held"),
    path("<int:pk>/", items.enquiry_detail, name="enquiry_detail"),
    path("<int:pk>/edit/", items.enquiry_edit, name="enquiry_edit"),
    path("foi-statistics/", foi_stats.foi_statistics, name="foi_statistics"),
    path("foi-statistics/export.<str:fmt>", foi_stats.foi_statistics_export, name="foi_export"),
    path("<int:pk>/publish/", disclosure.disclosure_publish, name="disclosure_publish"),
    path("disclosures/<int:pk>/edit/", disclosure.disclosure_edit, name="disclosure_edit"),
    path(
        "disclosures/<int:pk>/withdraw/", disclosure.disclosure_withdraw, name="disclosure_withdraw"
    ),
    path("<int:pk>/refer-to-foi/", actions.enquiry_refer_to_foi, name="refer_to_foi"),
    path("<int:pk>/foi-decision/", foi.foi_decision, name="foi_decision"),
    path("<int:pk>/letters/<int:letter_pk>/", foi.foi_letter_download, name="foi_letter"),
    path("foi-decisions/<int:pk>/edit/", foi.foi_decision_edit, name="foi_decision_edit"),
    path("<int:pk>/<slug:step>/", actions.enquiry_step, name="step"),
    path("<str:register>/", press.register_list, name="register_list"),
    path("<str:register>/add/", press.register_edit, name="register_add"),
    path("<str:register>/<int:pk>/", press.register_edit, name="register_edit"),
]
