"""Grants this app's new permissions to the roles (accounts/roles.py is the table): the
calendar's view permission, which staff hold too."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0009_calendar_feeds_and_view_permission")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
