"""`kratomwise tokens create|list|revoke`: token shown once, JSON lists, exit 2 on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kratomwise.cli import tokens as tokens_cli
from kratomwise.cli.main import invoke
from kratomwise.web.accounts.models import AccessToken


@pytest.fixture(autouse=True)
def _django_ready(monkeypatch, db) -> None:  # type: ignore[no-untyped-def]
    # pytest-django has set Django up and owns the test database connection.
    monkeypatch.setattr(tokens_cli, "_setup", lambda: None)


def test_create_prints_the_token_once_on_one_line(owner, capsys) -> None:  # type: ignore[no-untyped-def]
    assert invoke(["tokens", "create", "owner", "--scope", "write", "--name", "phone"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("kw_")
    row = AccessToken.objects.get(owner=owner)
    assert (row.name, row.scope) == ("phone", "write") and out.strip() not in row.digest


def test_list_json_never_shows_tokens(owner, capsys) -> None:  # type: ignore[no-untyped-def]
    invoke(["tokens", "create", "owner", "--scope", "read"])
    token = capsys.readouterr().out.strip()
    assert invoke(["tokens", "list", "owner", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["username"] == "owner"
    assert [(t["name"], t["scope"], t["revoked"]) for t in listed["tokens"]] == [
        ("API token", "read", False)
    ]
    assert token not in json.dumps(listed)


def test_revoke(owner, capsys) -> None:  # type: ignore[no-untyped-def]
    invoke(["tokens", "create", "owner", "--scope", "read"])
    token_id = AccessToken.objects.get().pk
    assert invoke(["tokens", "revoke", str(token_id)]) == 0
    assert AccessToken.objects.get().revoked_at is not None
    capsys.readouterr()
    assert invoke(["tokens", "revoke", str(token_id)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["tokens", "create", "owner", "--scope", "admin"],
        ["tokens", "create", "nobody", "--scope", "read"],
        ["tokens", "create", "owner", "--scope", "read", "--name", "x" * 61],
        ["tokens", "list", "nobody", "--format", "json"],
        ["tokens", "list", "owner", "--format", "xml"],
        ["tokens", "revoke", "abc"],
        ["tokens", "revoke", "0"],
        ["tokens", "revoke", "999999"],
    ],
)
def test_bad_input_is_exit_2_with_one_line(owner, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    assert invoke(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kratomwise: ")
    assert not AccessToken.objects.exists()


def test_commands_set_django_up_from_the_data_directory(tmp_path: Path) -> None:
    """A real process: migrate the data directory like serve does, then make a token."""
    env = {**os.environ, "KRATOMWISE_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    make_user = (
        "from kratomwise.web.server import prepare; prepare()\n"
        "from django.contrib.auth import get_user_model\n"
        "get_user_model().objects.create_user('sam', password='a long passphrase 42')\n"
    )
    subprocess.run([sys.executable, "-c", make_user], env=env, check=True)
    run = [sys.executable, "-m", "kratomwise", "tokens"]
    made = subprocess.run(
        [*run, "create", "sam", "--scope", "write"], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0 and made.stdout.startswith("kw_")
    listed = subprocess.run(
        [*run, "list", "sam", "--format", "json"], env=env, capture_output=True, text=True
    )
    assert [t["scope"] for t in json.loads(listed.stdout)["tokens"]] == ["write"]
