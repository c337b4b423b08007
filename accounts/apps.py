from django.apps import AppConfig
from django.core import checks


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Users and CCGs"

    def ready(self) -> None:
        from .admin.checks import check_admin_scoping

        checks.register(check_admin_scoping, checks.Tags.admin)
