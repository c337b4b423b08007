"""Grants the new content permissions to the roles, approval included (accounts/roles.py is the
table: the Comms team holds every campaigns permission, so it approves content; the governing
body only views; staff see no content)."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0011_content_items_and_approvals"), ("accounts", "0003_notifications")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
