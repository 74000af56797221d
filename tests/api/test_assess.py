"""/api/assess: score, triage, codes, resources, instruments."""

from __future__ import annotations

import pytest

from kratomwise.assess.triage import CODES

pytestmark = pytest.mark.django_db


def test_score_matches_cli_contract(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post(
        "/api/assess/score",
        {"instrument": "phq9", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1]},
        content_type="application/json",
    )
    assert response.status_code == 200
    doc = response.json()
    assert set(doc) == {
        "instrument",
        "total",
        "band",
        "safety_flag",
        "flags",
        "interpretation",
        "source",
        "resources",
    }
    assert doc["total"] == 1 and doc["band"] == "none_minimal" and doc["safety_flag"] is True
    assert doc["resources"] == [
        {
            "kind": "suicide_crisis",
            "name": "Find A Helpline directory",
            "phone": None,
            "url": "https://findahelpline.com",
        },
        {"kind": "emergency", "name": "112 (GSM emergency number)", "phone": "112", "url": None},
    ]


def test_score_item9_resources_for_a_country(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.post(
        "/api/assess/score",
        {"instrument": "phq9", "answers": [0] * 8 + [2], "country": "US"},
        content_type="application/json",
    ).json()
    assert [r["phone"] for r in doc["resources"]] == ["988", "911"]
    calm = client.post(
        "/api/assess/score",
        {"instrument": "phq9", "answers": [0] * 9, "country": "US"},
        content_type="application/json",
    ).json()
    assert "resources" not in calm


@pytest.mark.parametrize(
    "payload",
    [
        {"instrument": "cows", "answers": [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]},
        {"instrument": "cows", "answers": [0] * 10},
        {"instrument": "craving", "answers": [6.5]},
        {"instrument": "craving", "answers": [True]},
        {"instrument": "kds", "answers": [1]},
        {"instrument": "phq9", "answers": [0] * 9, "country": "XX"},
    ],
)
def test_score_bad_input_is_422(client, payload) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/assess/score", payload, content_type="application/json")
    assert response.status_code == 422
    assert "detail" in response.json()


def test_triage(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get(
        "/api/assess/triage", {"codes": "slow_or_stopped_breathing", "country": "US"}
    ).json()
    assert doc["level"] == "emergency" and doc["naloxone_advised"] is True
    assert doc["resources"][0]["phone"] == "911"
    assert [r["id"] for r in doc["fired_rules"]] == ["TR-slow_or_stopped_breathing"]


def test_triage_empty_and_errors(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/assess/triage").json()["level"] == "self_care"
    bad = client.get("/api/assess/triage", {"codes": "nausea,made_up_code"})
    assert bad.status_code == 422 and "made_up_code" in bad.json()["detail"]
    assert client.get("/api/assess/triage", {"country": "XX"}).status_code == 422


def test_codes(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/assess/codes").json()
    assert [c["code"] for c in doc["codes"]] == list(CODES)
    assert doc["codes"][0]["code"] == "unresponsive"


def test_resources(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/assess/resources", {"country": "gb"}).json()
    assert doc["country"] == "GB" and doc["country_name"] == "United Kingdom"
    assert [r["kind"] for r in doc["resources"][:2]] == ["emergency", "poison_control"]
    assert doc["resources"][0]["as_of"] and doc["resources"][0]["sources"]
    intl = client.get("/api/assess/resources").json()
    assert intl["country"] is None and intl["resources"][0]["phone"] == "112"
    assert client.get("/api/assess/resources", {"country": "XX"}).status_code == 422


def test_instruments(client) -> None:  # type: ignore[no-untyped-def]
    doc = client.get("/api/assess/instruments").json()
    ids = [i["id"] for i in doc["instruments"]]
    assert ids == ["cows", "sows", "dsm5", "phq9", "gad7", "craving"]
    cows = doc["instruments"][0]
    assert cows["items"][0]["allowed"] == [0, 1, 2, 4] and cows["max_total"] == 48
