"""`kratomwise users add|list` and `kratomwise audit verify` (contract: arguments, JSON, exits)."""

from __future__ import annotations

import io
import json

import pytest
from django.db import connection

from kratomwise.cli.main import invoke
from kratomwise.web.programs import audit

pytestmark = pytest.mark.django_db
PASSWORD = "a long enough pass phrase 9\n"


def _add(monkeypatch, *args: str, password: str = PASSWORD) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password))
    return invoke(["users", "add", *args, "--password-stdin"])


def test_add_and_list(monkeypatch, capsys) -> None:
    assert _add(monkeypatch, "dr_lee", "--role", "clinician", "--program", "Harbor") == 0
    assert _add(monkeypatch, "pat", "--role", "person") == 0
    capsys.readouterr()
    assert invoke(["users", "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"username": "dr_lee", "roles": ["clinician", "person"], "program": "Harbor", "mfa": False},
        {"username": "pat", "roles": ["person"], "program": None, "mfa": False},
    ]


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (["x", "--role", "wizard"], PASSWORD, "is not one of"),
        (["x", "--role", "clinician"], PASSWORD, "belongs to a program"),
        (["x", "--role", "person"], "short\n", "password refused"),
    ],
)
def test_bad_input_exits_2_with_one_line(monkeypatch, capsys, args, password, message) -> None:
    assert _add(monkeypatch, *args, password=password) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_existing_name_exits_2(monkeypatch, capsys) -> None:
    assert _add(monkeypatch, "pat", "--role", "person") == 0
    assert _add(monkeypatch, "pat", "--role", "person") == 2
    assert "already exists" in capsys.readouterr().err


def test_audit_verify_ok_then_broken(capsys) -> None:
    events = [audit.record(action="R", resource="journal", outcome="allowed") for _ in range(3)]
    assert invoke(["audit", "verify", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"rows": 3, "ok": True}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_guard ON programs_auditevent")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_no_update")
        cursor.execute(
            "UPDATE programs_auditevent SET outcome = 'denied' WHERE id = %s", [events[1].pk]
        )
    assert invoke(["audit", "verify", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "rows": 3,
        "ok": False,
        "first_broken": events[1].pk,
    }
