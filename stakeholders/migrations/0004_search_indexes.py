"""Trigram indexes for the register's search on Postgres (name, e-mail, organisation).

Django's icontains becomes UPPER(col::text) LIKE UPPER('%term%') on Postgres; GIN indexes on
exactly those expressions serve it at 100,000 contacts. SQLite has no pg_trgm and searches the
table, which is fine at the embedded mode's scale. Where the database role may not create the
extension, the indexes are skipped and search still works, only slower."""

from django.db import migrations, transaction

INDEXES = [
    ("stakeholders_contact_first_name_trgm", "stakeholders_contact", "first_name"),
    ("stakeholders_contact_last_name_trgm", "stakeholders_contact", "last_name"),
    ("stakeholders_contact_email_trgm", "stakeholders_contact", "email"),
    ("stakeholders_organisation_name_trgm", "stakeholders_organisation", "name"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no privilege to create it: plain scans instead
        return
    for name, table, column in INDEXES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _, _ in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("stakeholders", "0003_register_mapping_consent_imports")]
    operations = [migrations.RunPython(create_indexes, drop_indexes)]
