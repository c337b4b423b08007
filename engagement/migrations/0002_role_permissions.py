"""Grants this app's new permissions to the roles (accounts/roles.py is the table)."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("engagement", "0001_initial"), ("accounts", "0003_notifications")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
