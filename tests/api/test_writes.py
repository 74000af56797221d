"""Token-authenticated writes: journal entries, check-ins and taper check-ins, idempotency keys,
401 for anonymous callers, 403 for read tokens and 404 for another person's entry."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from kratomwise.web.accounts import tokens
from kratomwise.web.accounts.models import IdempotencyRecord
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.models import TaperCheckIn, TaperPlan

pytestmark = pytest.mark.django_db

ENTRY = {"taken_at": "2026-11-02T08:30:00+00:00", "amount": 2.5, "note": "before work"}


def _auth(token: str, key: str | None = None) -> dict[str, str]:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return headers


def _post(path: str, body: Any, token: str | None = None, key: str | None = None) -> Any:
    headers = _auth(token, key) if token else {}
    return Client().post(path, json.dumps(body), content_type="application/json", **headers)


@pytest.fixture
def write_token(owner) -> str:  # type: ignore[no-untyped-def]
    return tokens.create(owner, "write", "phone")[1]


@pytest.fixture
def read_token(owner) -> str:  # type: ignore[no-untyped-def]
    return tokens.create(owner, "read", "reader")[1]


@pytest.fixture
def other_token(member) -> str:  # type: ignore[no-untyped-def]
    return tokens.create(member, "write", "theirs")[1]


def test_token_is_stored_only_as_a_digest(owner) -> None:  # type: ignore[no-untyped-def]
    row, token = tokens.create(owner, "read", "x")
    assert token.startswith("kw_") and len(token) == 46
    assert row.digest == tokens.digest(token) and token not in (row.digest, row.prefix)
    assert row.prefix == token[:10]


def test_create_entry_with_a_write_token(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    response = _post("/api/journal/entries", ENTRY, write_token)
    assert response.status_code == 201
    body = response.json()
    assert body["amount"] == 2.5 and body["note"] == "before work"
    assert body["substance"] == "kratom" and body["taken_at"] == "2026-11-02T08:30:00+00:00"
    entry = Entry.objects.get(owner=owner)
    assert entry.amount == Decimal("2.5") and "before work" not in entry.note_token


def test_anonymous_writes_are_401_and_read_tokens_403(owner, read_token) -> None:  # type: ignore[no-untyped-def]
    assert _post("/api/journal/entries", ENTRY).status_code == 401
    assert _post("/api/journal/entries", ENTRY, "kw_not-a-token").status_code == 401
    refused = _post("/api/journal/entries", ENTRY, read_token)
    assert refused.status_code == 403 and "only read" in refused.json()["detail"]
    assert (
        _post("/api/checkins", {"instrument": "gad7", "answers": [0] * 7}, read_token).status_code
        == 403
    )
    assert not Entry.objects.exists()


def test_read_token_reads_own_entries(owner, read_token, write_token) -> None:  # type: ignore[no-untyped-def]
    _post("/api/journal/entries", ENTRY, write_token)
    response = Client().get("/api/journal/entries", **_auth(read_token))
    assert response.status_code == 200
    body = response.json()
    items = body["items"] if isinstance(body, dict) else body
    assert [e["note"] for e in items] == ["before work"]


def test_revoked_token_stops_working(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    row = owner.access_tokens.get(name="phone")
    assert tokens.revoke(row.pk)
    assert _post("/api/journal/entries", ENTRY, write_token).status_code == 401
    assert not tokens.revoke(row.pk)


def test_idempotency_key_replays_and_writes_once(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    first = _post("/api/journal/entries", ENTRY, write_token, key="k-1")
    again = _post("/api/journal/entries", ENTRY, write_token, key="k-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert Entry.objects.filter(owner=owner).count() == 1
    changed = _post("/api/journal/entries", {**ENTRY, "amount": 3}, write_token, key="k-1")
    assert changed.status_code == 422 and "different request" in changed.json()["detail"]
    assert Entry.objects.filter(owner=owner).count() == 1
    assert _post("/api/journal/entries", ENTRY, write_token, key="k-2").status_code == 201
    assert Entry.objects.filter(owner=owner).count() == 2
    assert IdempotencyRecord.objects.count() == 2


def test_keys_are_per_person(owner, member, write_token, other_token) -> None:  # type: ignore[no-untyped-def]
    assert _post("/api/journal/entries", ENTRY, write_token, key="same").status_code == 201
    assert _post("/api/journal/entries", ENTRY, other_token, key="same").status_code == 201
    assert Entry.objects.filter(owner=member).count() == 1


def test_bad_entry_is_422_and_nothing_written(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    response = _post("/api/journal/entries", {**ENTRY, "amount": -1}, write_token, key="bad")
    assert response.status_code == 422 and response.json()["detail"].startswith("amount:")
    assert not Entry.objects.exists() and not IdempotencyRecord.objects.exists()
    assert _post("/api/journal/entries", {**ENTRY, "unit": "kg"}, write_token).status_code == 422


def test_patch_and_delete_own_entry(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    entry_id = _post("/api/journal/entries", ENTRY, write_token).json()["id"]
    client = Client()
    patched = client.patch(
        f"/api/journal/entries/{entry_id}",
        json.dumps({"amount": 2, "note": "changed"}),
        content_type="application/json",
        **_auth(write_token),
    )
    assert patched.status_code == 200
    assert patched.json()["amount"] == 2.0 and patched.json()["note"] == "changed"
    assert patched.json()["taken_at"] == "2026-11-02T08:30:00+00:00"
    deleted = client.delete(f"/api/journal/entries/{entry_id}", **_auth(write_token, "del-1"))
    assert deleted.status_code == 204
    assert (
        client.delete(f"/api/journal/entries/{entry_id}", **_auth(write_token, "del-1")).status_code
        == 204
    )
    assert not Entry.objects.exists()
    assert Entry.all_objects.get(pk=entry_id).deleted_at is not None


def test_another_persons_entry_is_404(owner, member, write_token, other_token) -> None:  # type: ignore[no-untyped-def]
    entry_id = _post("/api/journal/entries", ENTRY, write_token).json()["id"]
    client = Client()
    patch = client.patch(
        f"/api/journal/entries/{entry_id}",
        json.dumps({"amount": 9}),
        content_type="application/json",
        **_auth(other_token),
    )
    assert patch.status_code == 404
    assert (
        client.delete(f"/api/journal/entries/{entry_id}", **_auth(other_token)).status_code == 404
    )
    assert Entry.objects.get(pk=entry_id).amount == Decimal("2.5")


def test_checkin_scores_and_routes_a_positive_safety_item(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    answers = [1, 1, 1, 1, 1, 1, 1, 1, 1]
    response = _post("/api/checkins", {"instrument": "phq9", "answers": answers}, write_token)
    assert response.status_code == 201
    body = response.json()
    assert list(body)[:3] == ["crisis_lines", "emergency_lines", "care_lines"]
    assert body["safety_flag"] is True and body["total"] == 9 and body["crisis_lines"]
    saved = InstrumentResponse.objects.get(owner=owner)
    assert saved.pk == body["id"] and saved.answers["phq9_09"] == 1


def test_checkin_without_safety_item_has_no_crisis_lines(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    body = _post(
        "/api/checkins", {"instrument": "gad7", "answers": [0] * 7}, write_token, key="g"
    ).json()
    assert body["crisis_lines"] == [] and body["total"] == 0 and body["safety_flag"] is False


def test_bad_checkin_is_422(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    assert (
        _post("/api/checkins", {"instrument": "nope", "answers": []}, write_token).status_code
        == 422
    )
    assert (
        _post("/api/checkins", {"instrument": "gad7", "answers": [9] * 7}, write_token).status_code
        == 422
    )
    assert not InstrumentResponse.objects.exists()


def test_taper_checkin(owner, write_token) -> None:  # type: ignore[no-untyped-def]
    body = {"day": dt.date.today().isoformat(), "withdrawal": 3, "craving": 2}
    assert _post("/api/taper/checkins", body, write_token).status_code == 404
    TaperPlan.objects.create(
        owner=owner, amount=4, unit="g", percent=10, every_days=7, start=dt.date.today()
    )
    response = _post("/api/taper/checkins", body, write_token, key="t")
    assert response.status_code == 201
    assert response.json()["withdrawal"] == 3 and response.json()["unit"] == "g"
    assert _post("/api/taper/checkins", body, write_token, key="t").json() == response.json()
    assert TaperCheckIn.objects.filter(owner=owner).count() == 1
    future = {**body, "day": (dt.date.today() + dt.timedelta(days=3)).isoformat()}
    assert _post("/api/taper/checkins", future, write_token).status_code == 422
