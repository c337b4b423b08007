"""Grants the permissions of action plans and evaluation to the roles (accounts/roles.py is the
table), after their models exist: on a database that already holds every other migration, the
earlier sync (0006) ran before these models had permissions."""

from django.db import migrations

from accounts.roles import sync_role_permissions


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0015_one_channel_and_rag_list"), ("accounts", "0003_notifications")]
    operations = [migrations.RunPython(sync_role_permissions, migrations.RunPython.noop)]
