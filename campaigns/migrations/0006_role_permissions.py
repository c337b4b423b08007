"""Grants this app's new permissions to the roles (accounts/roles.py is the table)."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0005_campaign_plan_shared_and_national_days")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
