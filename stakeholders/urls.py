from django.urls import path

from . import views

app_name = "stakeholders"
urlpatterns = [
    path("contacts/", views.contact_list, name="contact_list"),
    path("contacts/export.<str:fmt>", views.contact_export, name="contact_export"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact_detail"),
    path("contacts/<int:pk>/edit/", views.contact_edit, name="contact_edit"),
]
