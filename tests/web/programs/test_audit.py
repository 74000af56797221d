"""The audit log: a hash chain that shows any change, and triggers that refuse edits."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.db import DatabaseError, connection, transaction

from kratomwise.web.programs import audit
from kratomwise.web.programs.models import AuditEvent

pytestmark = pytest.mark.django_db
TRIGGERS = import_module("kratomwise.web.programs.migrations.0002_audit_append_only")


@pytest.fixture(autouse=True)
def _triggers_as_migrated() -> None:
    """The migration's SQLite triggers, restored inside this test's transaction (the session
    fixture in tests/conftest.py drops them so live-server tests can empty the database)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for sql in TRIGGERS.SQLITE_DOWN + TRIGGERS.SQLITE:
                cursor.execute(sql)


def _write(n: int) -> list[AuditEvent]:
    return [
        audit.record(
            action="R", resource="journal", outcome="allowed", subject_id=i, category="journal"
        )
        for i in range(n)
    ]


def _drop_triggers() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_guard ON programs_auditevent")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_retention")


def test_an_untouched_log_verifies() -> None:
    _write(25)
    assert audit.verify() == (25, None)


def test_the_database_refuses_update_and_delete() -> None:
    event = _write(1)[0]
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(outcome="denied")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.get(pk=event.pk).outcome == "allowed"


@pytest.mark.parametrize(
    "tamper", ["change", "delete_middle", "delete_last", "delete_first", "insert"]
)
def test_any_tampering_is_found(tamper: str) -> None:
    events = _write(6)
    _drop_triggers()
    if tamper == "change":
        AuditEvent.objects.filter(pk=events[2].pk).update(object_ids="edited")
        expected = events[2].pk
    elif tamper == "delete_middle":
        AuditEvent.objects.filter(pk=events[3].pk).delete()
        expected = events[4].pk
    elif tamper == "delete_last":
        AuditEvent.objects.filter(pk=events[5].pk).delete()
        expected = events[4].pk
    elif tamper == "delete_first":
        AuditEvent.objects.filter(pk=events[0].pk).delete()
        expected = events[1].pk
    else:
        forged = AuditEvent.objects.get(pk=events[1].pk)
        forged.pk = None
        forged.save()
        expected = forged.pk
    _rows, broken = audit.verify()
    assert broken == expected


def test_rows_never_hold_health_data() -> None:
    fields = {f.name for f in AuditEvent._meta.get_fields()}
    assert not fields & {"note", "amount", "answers", "score", "substance", "text"}
