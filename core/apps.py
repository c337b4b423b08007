from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Portal (shared)"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .middleware import start_activity_clock

        user_logged_in.connect(start_activity_clock, dispatch_uid="core.activity_clock")
