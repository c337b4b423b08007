from django.apps import AppConfig


class CcgcommsConfig(AppConfig):
    name = "ccgcomms"
    verbose_name = "Portal"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .middleware import start_activity_clock

        user_logged_in.connect(start_activity_clock, dispatch_uid="ccgcomms.activity_clock")
