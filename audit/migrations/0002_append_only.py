"""On Postgres, the access log is append-only in the database too: a trigger refuses every
UPDATE and every DELETE except the retention job's, which sets ccgcomms.audit_purge for its own
transaction (audit/services.py). A mistaken shell command or admin action cannot rewrite
history. SQLite (the embedded demo) has no such guard."""

from django.db import migrations

CREATE = """
CREATE FUNCTION audit_personaldataaccess_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('ccgcomms.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The access log of personal data is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_personaldataaccess_append_only
    BEFORE UPDATE OR DELETE ON audit_personaldataaccess
    FOR EACH ROW EXECUTE FUNCTION audit_personaldataaccess_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS audit_personaldataaccess_append_only ON audit_personaldataaccess;
DROP FUNCTION IF EXISTS audit_personaldataaccess_append_only();
"""


def _on_postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)  # no params: keeps the % of RAISE

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_personal_data_access")]
    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP))]
