"""Data at rest: a private data directory on every start, synchronous=FULL, and instrument
answers and saved medicine names encrypted like journal notes (rotation covers them)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.db import connection

from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.interactions.models import SavedSubstance
from kratomwise.web.journal import crypto
from kratomwise.web.journal.models import Entry


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_start_makes_an_existing_data_directory_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    (data / "journal_keys").write_text(Fernet.generate_key().decode() + "\n")
    os.chmod(data / "journal_keys", 0o644)
    env = {**os.environ, "KRATOMWISE_DATA_DIR": str(data)}
    env.pop("DATABASE_URL", None)
    code = (
        "from kratomwise.web.server import prepare; prepare()\n"
        "from django.db import connection\n"
        "c = connection.cursor(); c.execute('PRAGMA synchronous'); print(c.fetchone()[0])\n"
        "c.execute('CREATE TABLE t (x int)')\n"
        "import os\n"
        "d = os.environ['KRATOMWISE_DATA_DIR']\n"
        "print(sorted(os.listdir(d)))\n"
        "print(oct(os.stat(d + '/kratomwise.sqlite3-wal').st_mode & 0o777))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out[0] == "2"  # FULL
    assert out[2] == "0o600"  # the WAL a worker creates is private too
    assert _mode(data) == 0o700
    for name in ("kratomwise.sqlite3", "journal_keys", "secret_key"):
        assert _mode(data / name) == 0o600, name


@pytest.mark.django_db
def test_synchronous_full_on_sqlite() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2


def _column(sql: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        return str(cursor.fetchone()[0])


@pytest.mark.django_db
def test_instrument_answers_are_encrypted(owner) -> None:  # type: ignore[no-untyped-def]
    row = InstrumentResponse.objects.create(
        owner=owner, instrument="phq9", answers={"phq9_09": 2}, total=2, safety_flag=True
    )
    token = _column("SELECT answers_token FROM checkins_instrumentresponse WHERE id = %s", row.pk)
    assert token.startswith("gAAAA") and "phq9_09" not in token
    assert InstrumentResponse.objects.get(pk=row.pk).answers == {"phq9_09": 2}


@pytest.mark.django_db
def test_saved_names_are_encrypted(owner) -> None:  # type: ignore[no-untyped-def]
    row = SavedSubstance.objects.create(owner=owner, name="sertraline")
    token = _column("SELECT name_token FROM interactions_savedsubstance WHERE id = %s", row.pk)
    assert token.startswith("gAAAA") and "sertraline" not in token
    assert SavedSubstance.objects.get(pk=row.pk).name == "sertraline"


@pytest.mark.django_db
def test_rotation_covers_answers_and_names(owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(1), note="note")
    answer = InstrumentResponse.objects.create(
        owner=owner, instrument="gad7", answers={"gad7_01": 1}, total=1
    )
    saved = SavedSubstance.objects.create(owner=owner, name="alprazolam")
    old_key = crypto.read_keys()[0]
    assert crypto.rotate() == 3
    for row, column in ((entry, "note_token"), (answer, "answers_token"), (saved, "name_token")):
        row.refresh_from_db()
        with pytest.raises(InvalidToken):
            Fernet(old_key.encode()).decrypt(getattr(row, column).encode())
    assert (entry.note, answer.answers, saved.name) == ("note", {"gad7_01": 1}, "alprazolam")


@pytest.mark.django_db(transaction=True)
def test_migration_encrypts_existing_rows(owner) -> None:  # type: ignore[no-untyped-def]
    from django.db.migrations.executor import MigrationExecutor

    before = [("checkins", "0001_initial"), ("interactions", "0001_initial")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO checkins_instrumentresponse (owner_id, instrument, answers, total, band,"
            " flags, safety_flag, taken_at, created_at) VALUES (%s, 'phq9', %s, 3, '', '[]',"
            " true, '2026-11-01 10:00:00+00:00', '2026-11-01 10:00:00+00:00')",
            [owner.pk, json.dumps({"phq9_09": 3})],
        )
        cursor.execute(
            "INSERT INTO interactions_savedsubstance (owner_id, name, created_at)"
            " VALUES (%s, 'tramadol', '2026-11-01 10:00:00+00:00')",
            [owner.pk],
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert InstrumentResponse.objects.get().answers == {"phq9_09": 3}
    assert SavedSubstance.objects.get().name == "tramadol"
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers_token FROM checkins_instrumentresponse")
        assert "phq9_09" not in cursor.fetchone()[0]
        cursor.execute("SELECT name_token FROM interactions_savedsubstance")
        assert "tramadol" not in cursor.fetchone()[0]
