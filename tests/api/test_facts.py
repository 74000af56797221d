from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_search(client) -> None:
    response = client.get("/api/facts", {"q": "liver injury"})
    assert response.status_code == 200
    doc = response.json()
    assert doc["query"] == "liver injury" and doc["results"]
    assert {"id", "topic", "statement", "evidence_type", "sources", "score"} <= set(
        doc["results"][0]
    )


def test_detail_and_unknown(client) -> None:
    doc = client.get("/api/facts/DEP-08").json()
    assert doc["id"] == "DEP-08" and doc["as_of"]
    missing = client.get("/api/facts/NOPE-1")
    assert missing.status_code == 404
    assert missing["Content-Type"].startswith("application/json") and "detail" in missing.json()


def test_bad_limit_is_a_json_4xx(client) -> None:
    response = client.get("/api/facts", {"q": "x", "limit": 0})
    assert 400 <= response.status_code < 500 and "detail" in response.json()


def test_openapi_and_docs_are_local(client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert "/api/facts" in spec["paths"] and "/api/facts/{fact_id}" in spec["paths"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "cdn" not in html.lower() and "/static/ninja/" in html
