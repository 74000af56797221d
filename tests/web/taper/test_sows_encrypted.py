"""SOWS answers of taper check-ins are encrypted at rest like every instrument's answers."""

from __future__ import annotations

import json

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.db import connection

from kratomwise.assess import get_instrument
from kratomwise.web.journal import crypto
from kratomwise.web.taper.models import TaperCheckIn

pytestmark = pytest.mark.django_db


def _raw(pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sows_answers_token FROM taper_tapercheckin WHERE id = %s", [pk])
        return str(cursor.fetchone()[0])


def test_sows_answers_are_encrypted_in_the_database(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/thresholds/", {"withdrawal_scale": "sows"})
    ids = [item.id for item in get_instrument("sows").items]
    data = {"day": today.isoformat(), **{item: "3" for item in ids}}
    assert owner_client.post("/taper/checkin/", data).status_code == 302
    row = TaperCheckIn.objects.get(owner=owner)
    token = _raw(row.pk)
    assert token.startswith("gAAAA")
    assert not any(item in token for item in ids)
    assert row.sows_answers == dict.fromkeys(ids, 3)


def test_a_quick_rating_stores_no_answers(owner, today) -> None:  # type: ignore[no-untyped-def]
    row = TaperCheckIn.objects.create(owner=owner, day=today, withdrawal=4)
    assert _raw(row.pk) == "" and row.sows_answers is None


def test_rotation_re_encrypts_sows_answers(owner, today) -> None:  # type: ignore[no-untyped-def]
    row = TaperCheckIn.objects.create(
        owner=owner, day=today, withdrawal_scale="sows", withdrawal=2, sows_answers={"sows_01": 2}
    )
    old_key = crypto.read_keys()[0]
    before = _raw(row.pk)
    assert crypto.rotate() == 1
    after = _raw(row.pk)
    assert after != before
    with pytest.raises(InvalidToken):
        Fernet(old_key.encode()).decrypt(after.encode())
    assert TaperCheckIn.objects.get(pk=row.pk).sows_answers == {"sows_01": 2}


@pytest.mark.django_db(transaction=True)
def test_migration_encrypts_existing_answers_and_reverses(owner) -> None:  # type: ignore[no-untyped-def]
    from django.db.migrations.executor import MigrationExecutor

    answers = {"sows_01": 4, "sows_02": 1}
    executor = MigrationExecutor(connection)
    executor.migrate([("taper", "0001_initial")])
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO taper_tapercheckin (owner_id, day, withdrawal_scale, withdrawal,"
            " sows_answers, unit, pause, symptoms, triage_level, triage_rules, created_at)"
            " VALUES (%s, '2026-11-01', 'sows', 5, %s, 'g', false, '[]', '', '[]',"
            " '2026-11-01 10:00:00+00:00')",
            [owner.pk, json.dumps(answers)],
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    row = TaperCheckIn.objects.get()
    assert row.sows_answers == answers
    assert "sows_01" not in _raw(row.pk)
    executor = MigrationExecutor(connection)
    executor.migrate([("taper", "0001_initial")])
    with connection.cursor() as cursor:
        cursor.execute("SELECT sows_answers FROM taper_tapercheckin")
        assert json.loads(cursor.fetchone()[0]) == answers
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
