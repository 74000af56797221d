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
    assert [(e["amount"], e["note"]) for e in mine["items"]] == [(3.0, "mine")]
    assert mine["next"] is None
    assert member_client.get("/api/journal/entries").json() == {"items": [], "next": None}
    analysis = owner_client.get("/api/journal/analysis").json()
    assert analysis["entries"] == 1 and analysis["days_used"] == 1
    assert client.get("/api/journal/analysis").status_code == 401


def test_entries_come_in_pages_with_a_cursor(owner, owner_client) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kratomwise.web.journal.models import Entry

    start = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
    Entry.objects.bulk_create(
        Entry(owner=owner, taken_at=start + dt.timedelta(hours=k // 2), amount=k + 1)
        for k in range(250)
    )
    first = owner_client.get("/api/journal/entries").json()
    assert len(first["items"]) == 100 and first["next"]
    seen = [e["amount"] for e in first["items"]]
    cursor = first["next"]
    while cursor:
        page = owner_client.get("/api/journal/entries", {"cursor": cursor, "limit": 1000}).json()
        seen += [e["amount"] for e in page["items"]]
        cursor = page["next"]
    assert seen == [float(k + 1) for k in range(250)]


@pytest.mark.parametrize(
    "query", [{"limit": 0}, {"limit": 1001}, {"cursor": "not-a-cursor"}, {"cursor": "!!"}]
)
def test_bad_paging_is_a_422(owner_client, query) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.get("/api/journal/entries", query)
    assert response.status_code == 422
    assert response.json()["detail"]


@pytest.mark.parametrize("today", ["0001-01-01", "1969-12-31", "9999-12-31", "2026-02-30"])
def test_analyze_rejects_a_today_outside_the_accepted_dates(client, today) -> None:  # type: ignore[no-untyped-def]
    response = _post(
        client, {"csv": "taken_at,substance,form,amount,unit,craving,mood,note\n", "today": today}
    )
    assert response.status_code == 422


def test_analyze_cost_follows_the_entries_not_the_span(client) -> None:  # type: ignore[no-untyped-def]
    import time

    csv = (
        "taken_at,substance,form,amount,unit,craving,mood,note\n"
        "1970-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n"
        "2026-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n"
    )
    started = time.perf_counter()
    response = _post(client, {"csv": csv, "today": "2026-01-02"})
    assert response.status_code == 200
    assert [d["day"] for d in response.json()["daily"]] == ["1970-01-01", "2026-01-01"]
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("year", ["0001", "9999", "1969"])
def test_analyze_rejects_entries_outside_the_accepted_dates(client, year) -> None:  # type: ignore[no-untyped-def]
    csv = (
        "taken_at,substance,form,amount,unit,craving,mood,note\n"
        f"{year}-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n"
    )
    response = _post(client, {"csv": csv})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("row 2, column taken_at: ")
