"""Grants the permissions of the models added in 0003 to the roles (accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("stakeholders", "0004_search_indexes")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
