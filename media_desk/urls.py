from django.urls import path

from .views import actions, disclosure, foi_stats, items, press, queue

app_name = "media_desk"
urlpatterns = [
    path("", queue.enquiry_queue, name="queue"),
    path("export.<str:fmt>", queue.enquiry_export, name="export"),
    path("log/<str:kind>/", items.enquiry_log, name="log"),
    path("mine/", items.my_enquiries, name="mine"),
    path("mine/<int:pk>/", items.my_enquiry, name="my_enquiry"),
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
    path("<int:pk>/<slug:step>/", actions.enquiry_step, name="step"),
    path("<str:register>/", press.register_list, name="register_list"),
    path("<str:register>/add/", press.register_edit, name="register_add"),
    path("<str:register>/<int:pk>/", press.register_edit, name="register_edit"),
]
