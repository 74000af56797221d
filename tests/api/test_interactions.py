"""GET /api/interactions and /api/interactions/suggest."""

from __future__ import annotations

import pytest
from django.test import Client

from kratomwise.interactions import check


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


def test_same_object_as_cli(client: Client) -> None:
    response = client.get("/api/interactions", {"names": "Xanax,Percocet, blorptastic"})
    assert response.status_code == 200
    data = response.json()
    assert data == check(["Xanax", "Percocet", "blorptastic"]).as_dict()
    assert data["highest_severity"] == "dangerous"
    assert data["unresolved"][0]["input"] == "blorptastic"


def test_unresolved_only_is_unknown(client: Client) -> None:
    data = client.get("/api/interactions", {"names": "qwertyuiopasdf"}).json()
    assert data["highest_severity"] == "unknown" and data["pairs"] == []


@pytest.mark.parametrize("names", ["", " , ,", ",".join(["a"] * 26), "x" * 2001])
def test_bad_input_is_422(client: Client, names: str) -> None:
    response = client.get("/api/interactions", {"names": names})
    assert response.status_code == 422
    assert "detail" in response.json()


def test_missing_parameter_is_422(client: Client) -> None:
    assert client.get("/api/interactions").status_code == 422


def test_suggest(client: Client) -> None:
    data = client.get("/api/interactions/suggest", {"q": "xan", "limit": 3}).json()
    assert data["query"] == "xan"
    assert 1 <= len(data["suggestions"]) <= 3
    assert data["entries"][0]["name"] == "alprazolam"
    assert client.get("/api/interactions/suggest", {"q": ""}).json()["suggestions"] == []
    assert client.get("/api/interactions/suggest", {"q": "x", "limit": 0}).status_code == 422


def test_naloxone_via_api(client: Client) -> None:
    data = client.get("/api/interactions", {"names": "Narcan"}).json()
    assert data["pairs"][0]["severity"] == "low_risk"
    assert "carry" in data["pairs"][0]["mechanism"].lower()
    assert data["highest_severity"] == "low_risk"


def test_api_carries_advice_overdose_first_and_safety(client: Client) -> None:
    data = client.get("/api/interactions", {"names": "gabapentin"}).json()
    assert data == check(["gabapentin"]).as_dict()
    assert data["overdose_first"] is True
    assert data["safety"][0] == {
        "text": "Signs of an overdose - call emergency services at once",
        "fact_ids": ["IXN-06", "IXN-05"],
    }
    assert data["pairs"][0]["advice"][0].startswith("Avoid combining them.")
    assert data["notes"] == []


def test_api_kratom_alone_has_a_note(client: Client) -> None:
    data = client.get("/api/interactions", {"names": "kratom tea"}).json()
    assert data["notes"][0]["fact_ids"] == ["DEP-08"]
    assert data["overdose_first"] is False and data["safety"] == []
