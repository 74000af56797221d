"""Bad inputs to every API operation: each a 4xx with a JSON {"detail": "…"} sentence,
nothing stored, fast."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kratomwise.usage.formats import MAX_ENTRIES
from tests.web.corpus import SLOW_SECONDS, fingerprint, timed

pytestmark = pytest.mark.django_db

ARABIC_THREE = "\u0663"
HEADER = "taken_at,substance,form,amount,unit,craving,mood,note\n"
ROW = "2026-01-01T08:00:00+00:00,kratom,leaf_powder,1,g,,,\n"
PLAN = {"amount": 10, "unit": "g", "percent": 10, "every_days": 7, "start": "2026-01-01"}


def _row(**change: str) -> str:
    cells = dict(zip(HEADER.strip().split(","), ROW.strip().split(","), strict=True))
    cells.update(change)
    return HEADER + ",".join(cells.values()) + "\n"


ANALYZE = [
    {},
    {"csv": 5},
    {"csv": None},
    {"csv": ""},
    {"csv": "x" * 1_000_001},
    {"csv": HEADER, "today": "0001-01-01"},
    {"csv": HEADER, "today": "9999-12-31"},
    {"csv": HEADER, "today": "1969-12-31"},
    {"csv": HEADER, "today": "2026-02-30"},
    {"csv": HEADER, "today": "today"},
    {"csv": HEADER, "capsule_g": 0},
    {"csv": HEADER, "capsule_g": -1},
    {"csv": HEADER, "capsule_g": "NaN"},
    {"csv": HEADER, "capsule_g": 1e308},
    {"csv": "[" * 5000},
    {"csv": '{"format": "kratomwise-journal", "entries": []}'},
    {"csv": _row(taken_at="0001-01-01T08:00:00+00:00")},
    {"csv": _row(taken_at="9999-12-30T08:00:00+00:00")},
    {"csv": _row(taken_at="2026-01-01T08:00:00")},
    {"csv": _row(amount=ARABIC_THREE)},
    {"csv": _row(amount="1e400")},
    {"csv": _row(amount="NaN")},
    {"csv": _row(amount="0")},
    {"csv": _row(craving=ARABIC_THREE)},
    {"csv": _row(craving="11")},
    {"csv": _row(substance="be\x00er")},
    {"csv": _row(note="a\x00b")},
    {"csv": _row(form="smoke")},
    {"csv": _row(unit="oz")},
    {"csv": HEADER + ROW * (MAX_ENTRIES + 1)},
]
TAPER = [
    {"amount": 1e308},
    {"amount": "1e400"},
    {"amount": "NaN"},
    {"amount": "Infinity"},
    {"amount": ARABIC_THREE},
    {"amount": "\u0661\u0660"},
    {"amount": 0},
    {"amount": -1},
    {"amount": "ten"},
    {"amount": None},
    {"unit": "oz"},
    {"unit": ""},
    {"percent": 0},
    {"percent": 100},
    {"percent": "1e400"},
    {"percent": ARABIC_THREE},
    {"every_days": 0},
    {"every_days": 366},
    {"every_days": 1.5},
    {"start": "9999-12-31"},
    {"start": "0001-01-01"},
    {"start": "1969-12-31"},
    {"start": "2026-02-30"},
    {"start": "2026-1-1"},
    {"min_step": "-1"},
    {"min_step": 10},
    {"floor": 10},
    {"floor": "1e400"},
    {"hold_withdrawal": 0},
    {"hold_withdrawal": 65},
    {"hold_craving": 11},
    {"checkins": [{"date": "0001-01-01"}]},
    {"checkins": [{"date": "9999-12-31"}]},
    {"checkins": [{"date": "2026-02-30"}]},
    {"checkins": [{"date": "2026-01-02", "withdrawal": 999}]},
    {"checkins": [{"date": "2026-01-02", "craving": "NaN"}]},
    {"checkins": [{"date": "2026-01-02", "amount_taken": "1e400"}]},
    {"checkins": [{"date": "2026-01-02", "amount_taken": ARABIC_THREE}]},
    {"checkins": [{"date": "2026-01-02", "pause": "maybe"}]},
    {"checkins": "x"},
]
OTHERS: list[tuple[str, str, Any]] = [
    ("post", "/api/assess/score", {"instrument": "nope", "answers": []}),
    ("post", "/api/assess/score", {"instrument": "phq9", "answers": [9] * 9}),
    ("post", "/api/assess/score", {"instrument": "phq9", "answers": ["NaN"] * 9}),
    ("post", "/api/assess/score", {"instrument": "phq9"}),
    ("get", "/api/assess/triage?codes=not_a_code", None),
    ("get", "/api/assess/resources?country=ZZZZ", None),
    ("get", "/api/interactions?names=", None),
    ("get", "/api/interactions?names=" + ",".join(["a"] * 26), None),
    ("get", "/api/interactions?names=" + "x" * 2001, None),
    ("get", "/api/interactions/suggest?q=a&limit=0", None),
    ("get", "/api/interactions/suggest?q=a&limit=51", None),
    ("get", "/api/facts?limit=0", None),
    ("get", "/api/facts?limit=501", None),
    ("get", "/api/facts/NOPE-99", None),
    ("get", "/api/law?q=", None),
    ("get", "/api/law/US-TX?today=0001-01-01", None),
    ("get", "/api/law/US-TX?today=2026-02-30", None),
    ("post", "/api/check", {"text": "x", "format": "pdf"}),
    ("post", "/api/check", {"format": "text"}),
    ("get", "/api/journal/entries", None),
    ("get", "/api/journal/analysis", None),
    ("get", "/api/nowhere", None),
]


def _cases() -> list[Any]:
    cases = [
        pytest.param("post", "/api/journal/analyze", c, id=f"analyze-{k}")
        for k, c in enumerate(ANALYZE)
    ]
    cases += [
        pytest.param("post", "/api/taper/plan", {**PLAN, **c}, id=f"taper-{k}")
        for k, c in enumerate(TAPER)
    ]
    cases += [pytest.param(m, u, b, id=f"other-{k}") for k, (m, u, b) in enumerate(OTHERS)]
    cases += [
        pytest.param("post", u, "{not json", id=f"badjson-{u}")
        for u in ("/api/journal/analyze", "/api/taper/plan", "/api/check", "/api/assess/score")
    ]
    return cases


CASES = _cases()


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 90


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch, client):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))
    # The first request of a process loads the tables; the limit is for the requests after it.
    client.post(
        "/api/journal/analyze", json.dumps({"csv": HEADER + ROW}), content_type="application/json"
    )


@pytest.mark.parametrize(("method", "url", "body"), CASES)
def test_bad_api_input_is_a_json_4xx(client, owner, method, url, body) -> None:  # type: ignore[no-untyped-def]
    before = fingerprint()
    if method == "get":
        response, seconds = timed(lambda: client.get(url))
    else:
        data = body if isinstance(body, str) else json.dumps(body)
        response, seconds = timed(lambda: client.post(url, data, content_type="application/json"))
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    assert seconds < SLOW_SECONDS
    assert response["Content-Type"].startswith("application/json")
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.strip()
    assert fingerprint() == before


def test_an_unexpected_failure_is_json_too(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import kratomwise.usage

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kratomwise.usage, "analyze", broken)
    client.raise_request_exception = False
    response = client.post(
        "/api/journal/analyze", json.dumps({"csv": HEADER}), content_type="application/json"
    )
    assert response.status_code == 500
    assert response.json() == {"detail": "something went wrong on our side; please try again later"}
