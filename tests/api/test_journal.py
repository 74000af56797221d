"""POST /api/journal/analyze returns the CLI object; own entries need a login."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kratomwise.cli.main import invoke

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))


def _post(client, body):  # type: ignore[no-untyped-def]
    return client.post("/api/journal/analyze", json.dumps(body), content_type="application/json")


def test_analyze_matches_the_cli(client, capsys) -> None:  # type: ignore[no-untyped-def]
    csv = (DATA / "journal_sample.csv").read_text()
    response = _post(client, {"csv": csv, "capsule_g": 0.5, "today": "2026-05-04"})
    assert response.status_code == 200
    assert (
        invoke(
            [
                "analyze",
                str(DATA / "journal_sample.csv"),
                "--capsule-g",
                "0.5",
                "--today",
                "2026-05-04",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert response.json() == json.loads(capsys.readouterr().out)


def test_bad_row_is_a_422_naming_row_and_column(client) -> None:  # type: ignore[no-untyped-def]
    response = _post(client, {"csv": (DATA / "journal_bad_row.csv").read_text()})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("row 4, column amount")


def test_bad_capsule_g_is_rejected(client) -> None:  # type: ignore[no-untyped-def]
    response = _post(
        client, {"csv": "taken_at,substance,form,amount,unit,craving,mood,note\n", "capsule_g": 0}
    )
    assert response.status_code == 422


def test_own_entries_only(client, owner_client, member_client) -> None:  # type: ignore[no-untyped-def]
    owner_client.post(
        "/journal/",
        {"kind": "kratom", "amount": "3", "unit": "g", "form": "leaf_powder", "note_text": "mine"},
    )
    assert client.get("/api/journal/entries").status_code == 401
    mine = owner_client.get("/api/journal/entries").json()
    assert [(e["amount"], e["note"]) for e in mine] == [(3.0, "mine")]
    assert member_client.get("/api/journal/entries").json() == []
    analysis = owner_client.get("/api/journal/analysis").json()
    assert analysis["entries"] == 1 and analysis["days_used"] == 1
    assert client.get("/api/journal/analysis").status_code == 401
