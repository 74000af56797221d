"""Notes are encrypted at rest: the raw SQLite file never holds the note text."""

from __future__ import annotations

import os
import sqlite3
import stat
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import call_command
from django.db import connection

from kratomwise.web.journal import crypto
from kratomwise.web.journal.models import Entry

pytestmark = pytest.mark.django_db

SECRET = "my very private note about Tuesday 7f3a9c"


def _raw_database_bytes(tmp_path) -> bytes:  # type: ignore[no-untyped-def]
    """The bytes of the SQLite database file (the test database is written out with
    VACUUM INTO when it lives in memory)."""
    name = str(connection.settings_dict["NAME"])
    if "memory" not in name and os.path.exists(name):
        return open(name, "rb").read()
    target = tmp_path / "copy.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(target)])
    data = target.read_bytes()
    assert sqlite3.connect(target).execute("SELECT count(*) FROM journal_entry").fetchone()[0] >= 1
    return data


@pytest.mark.django_db(transaction=True)
def test_note_is_not_in_the_database_file(owner_client, owner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(
        "/journal/",
        {"kind": "kratom", "amount": "3", "unit": "g", "form": "leaf_powder", "note_text": SECRET},
    )
    entry = Entry.objects.get(owner=owner)
    assert entry.note == SECRET
    with connection.cursor() as cursor:
        cursor.execute("SELECT note_token FROM journal_entry WHERE id = %s", [entry.pk])
        (token,) = cursor.fetchone()
    assert token and SECRET not in token and token.startswith("gAAAA")
    if connection.vendor != "sqlite":  # PostgreSQL: the stored column is checked above
        return
    data = _raw_database_bytes(tmp_path)
    assert token.encode() in data  # the copy really holds the row
    assert SECRET.encode() not in data
    assert SECRET.encode("utf-16-le") not in data


def test_key_file_is_private(owner) -> None:  # type: ignore[no-untyped-def]
    Entry.objects.create(owner=owner, amount=Decimal(1), note="x")
    path = crypto.key_path()
    assert path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(crypto.read_keys()) == 1


def test_empty_note_stores_nothing(owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(1), note="")
    assert entry.note_token == "" and entry.note == ""


def test_rotation_re_encrypts_every_note(owner, member) -> None:  # type: ignore[no-untyped-def]
    a = Entry.objects.create(owner=owner, amount=Decimal(1), note=SECRET)
    b = Entry.objects.create(owner=member, amount=Decimal(2), note="second")
    old_key = crypto.read_keys()[0]
    old_token = Entry.objects.get(pk=a.pk).note_token
    call_command("rotate_journal_key", stdout=open(os.devnull, "w"))  # noqa: SIM115
    keys = crypto.read_keys()
    assert len(keys) == 1 and keys[0] != old_key
    assert stat.S_IMODE(os.stat(crypto.key_path()).st_mode) == 0o600
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.note, b.note) == (SECRET, "second")
    assert a.note_token != old_token
    with pytest.raises(InvalidToken):
        Fernet(old_key.encode()).decrypt(a.note_token.encode())


def test_old_keys_still_decrypt_until_rotation_finishes(owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(1), note="before")
    crypto.add_key()
    assert len(crypto.read_keys()) == 2
    entry.refresh_from_db()
    assert entry.note == "before"


def test_wrong_key_fails_loudly(owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(1), note="text")
    crypto.key_path().write_text(Fernet.generate_key().decode() + "\n")
    entry.refresh_from_db()
    with pytest.raises(InvalidToken, match="cannot decrypt"):
        _ = entry.note
