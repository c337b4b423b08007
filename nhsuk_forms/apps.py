from django.apps import AppConfig


class NhsukFormsConfig(AppConfig):
    name = "nhsuk_forms"
    verbose_name = "NHS.UK forms"
