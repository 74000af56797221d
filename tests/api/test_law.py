"""GET /api/law?q=... and /api/law/{code}."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.django_db

CONTRACT = {
    "query", "jurisdiction", "kratom_status", "seven_oh_status", "min_age", "effective_date",
    "as_of", "confidence", "stale", "layers", "requirements", "sources",
}  # fmt: skip


def test_by_name_returns_the_cli_object(client) -> None:
    from kratomwise.law import lookup

    response = client.get("/api/law", {"q": "Denver", "today": "2026-11-25"})
    assert response.status_code == 200
    doc = response.json()
    assert set(doc) >= CONTRACT
    assert doc == lookup("Denver", today=date(2026, 11, 25)).as_dict()
    assert [layer["code"] for layer in doc["layers"]] == ["US", "US-CO", "US-CO:denver"]


def test_by_code_with_colon(client) -> None:
    doc = client.get("/api/law/US-CO:denver").json()
    assert doc["jurisdiction"]["code"] == "US-CO:denver"
    assert doc["seven_oh_status"] != "same"


def test_by_code_country(client) -> None:
    doc = client.get("/api/law/TH", {"today": "2024-06-01"}).json()
    assert doc["kratom_status"] == "regulated" and doc["stale"] is False


def test_place_without_row(client) -> None:
    doc = client.get("/api/law/MY-14").json()
    assert doc["layers"][-1]["code"] == "MY"
    assert "no row" in doc["notes"][0]


def test_unknown_is_404_json(client) -> None:
    response = client.get("/api/law", {"q": "zzqxv"})
    assert response.status_code == 404
    assert "detail" in response.json()
    response = client.get("/api/law/US-ZZ")
    assert response.status_code == 404
    response = client.get("/api/law/MX")
    assert response.status_code == 404
    assert "no legal-status data" in response.json()["detail"]


def test_ambiguous_is_409_with_candidates(client) -> None:
    response = client.get("/api/law", {"q": "Georgia"})
    assert response.status_code == 409
    codes = {c["code"] for c in response.json()["candidates"]}
    assert {"US-GA", "GE"} <= codes


def test_bad_input_is_422(client) -> None:
    assert client.get("/api/law", {"q": " "}).status_code == 422
    assert client.get("/api/law").status_code == 422
    assert client.get("/api/law/TH", {"today": "soon"}).status_code == 422


def test_no_seller_links(client) -> None:
    doc = client.get("/api/law/US-AK").json()
    assert not any("kratom.com" in url for url in doc["sources"])
