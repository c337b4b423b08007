"""Creates the four roles as groups with their permissions (see accounts/roles.py)."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
