from django.urls import path

from . import views

app_name = "stakeholders"
CONTACT, ORGANISATION = {"stakeholder_type": "contact"}, {"stakeholder_type": "organisation"}

urlpatterns = [
    path("contacts/", views.contact_list, name="contact_list"),
    path("contacts/export.<str:fmt>", views.contact_export, name="contact_export"),
    path("contacts/new/", views.contact_create, name="contact_create"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact_detail"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact_edit"),
    path("contacts/<int:pk>/lists/add/", views.subscription_create, name="subscription_create"),
    path(
        "contacts/<int:pk>/subject-access.<str:fmt>",
        views.contact_subject_access,
        name="contact_subject_access",
    ),
    path("contacts/<int:pk>/erase/", views.contact_erase, name="contact_erase"),
    path("contacts/<int:pk>/keep/", views.contact_retention_keep, name="contact_retention_keep"),
    path("organisations/", views.organisation_list, name="organisation_list"),
    path("organisations/export.<str:fmt>", views.organisation_export, name="organisation_export"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<int:pk>/edit/", views.organisation_edit, name="organisation_edit"),
    path(
        "contacts/<int:pk>/interactions/add/",
        views.interaction_create,
        CONTACT,
        name="contact_interaction_create",
    ),
    path(
        "organisations/<int:pk>/interactions/add/",
        views.interaction_create,
        ORGANISATION,
        name="organisation_interaction_create",
    ),
    path("contacts/<int:pk>/maps/add/", views.map_entry_create, CONTACT, name="contact_map_add"),
    path(
        "organisations/<int:pk>/maps/add/",
        views.map_entry_create,
        ORGANISATION,
        name="organisation_map_add",
    ),
    path("segments/", views.segment_list, name="segment_list"),
    path("segments/new/", views.segment_create, name="segment_create"),
    path("segments/<int:pk>/edit/", views.segment_edit, name="segment_edit"),
    path("mapping/", views.mapping_overview, name="mapping_overview"),
    path("maps/new/", views.map_create, name="map_create"),
    path("maps/<int:pk>/", views.map_detail, name="map_detail"),
    path("maps/<int:pk>/edit/", views.map_edit, name="map_edit"),
    path("map-entries/<int:pk>/edit/", views.map_entry_edit, name="map_entry_edit"),
    path("map-entries/<int:pk>/remove/", views.map_entry_remove, name="map_entry_remove"),
    path("lists/", views.list_index, name="list_index"),
    path("lists/new/", views.list_create, name="list_create"),
    path("lists/<int:pk>/", views.list_detail, name="list_detail"),
    path("lists/<int:pk>/edit/", views.list_edit, name="list_edit"),
    path("lists/<int:pk>/export.<str:fmt>", views.list_export, name="list_export"),
    path(
        "subscriptions/<int:pk>/withdraw/",
        views.subscription_withdraw,
        name="subscription_withdraw",
    ),
    path("imports/", views.import_list, name="import_list"),
    path("imports/new/", views.import_create, name="import_create"),
    path("imports/<int:pk>/", views.import_detail, name="import_detail"),
    path("imports/<int:pk>/status.json", views.import_status, name="import_status"),
    path("imports/<int:pk>/confirm/", views.import_confirm, name="import_confirm"),
    path("imports/<int:pk>/cancel/", views.import_cancel, name="import_cancel"),
    path("imports/<int:pk>/report.csv", views.import_report, name="import_report"),
    path("retention/", views.retention_review, name="retention_review"),
]
