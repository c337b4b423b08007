from django.apps import AppConfig


class CcgcommsConfig(AppConfig):
    name = "ccgcomms"
    verbose_name = "Portal"
