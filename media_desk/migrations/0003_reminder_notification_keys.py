"""Reminders sent before the e-mail outbox claim their notification key, so the notification
service (which now decides "once") never sends one of them again. Keys as Reminder.notification_key."""

import datetime

from django.db import migrations


def claim_keys(apps, schema_editor):
    Reminder = apps.get_model("media_desk", "Reminder")
    OutboxEmail = apps.get_model("accounts", "OutboxEmail")
    rows = []
    for reminder in Reminder.objects.iterator():
        due = reminder.due_at.astimezone(datetime.UTC).isoformat()
        key = f"media_desk.reminder:{reminder.deadline_id}:{reminder.kind}:{due}"
        sent = reminder.sent_at or reminder.due_at
        rows.append(OutboxEmail(key=key, subject="", body="", created_at=sent, sent_at=sent))
    OutboxEmail.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_outbox_email"),
        ("media_desk", "0002_role_permissions"),
    ]

    operations = [migrations.RunPython(claim_keys, migrations.RunPython.noop)]
