"""Database triggers that keep the audit log append-only: UPDATE is refused, and DELETE of a
row younger than six years is refused (the retention period)."""

from django.db import migrations

SQLITE = [
    """CREATE TRIGGER programs_audit_no_update BEFORE UPDATE ON programs_auditevent
       BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END""",
    """CREATE TRIGGER programs_audit_retention BEFORE DELETE ON programs_auditevent
       WHEN OLD.at > datetime('now', '-6 years')
       BEGIN SELECT RAISE(ABORT, 'audit rows are kept for six years'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS programs_audit_no_update",
    "DROP TRIGGER IF EXISTS programs_audit_retention",
]
POSTGRES = [
    """CREATE OR REPLACE FUNCTION programs_audit_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN
           RAISE EXCEPTION 'audit rows are append-only';
         END IF;
         IF OLD.at > now() - interval '6 years' THEN
           RAISE EXCEPTION 'audit rows are kept for six years';
         END IF;
         RETURN OLD;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER programs_audit_guard BEFORE UPDATE OR DELETE ON programs_auditevent
       FOR EACH ROW EXECUTE FUNCTION programs_audit_guard()""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS programs_audit_guard ON programs_auditevent",
    "DROP FUNCTION IF EXISTS programs_audit_guard()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("programs", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
