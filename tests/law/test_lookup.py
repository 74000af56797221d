"""Nesting, effective answers, 7-OH and the JSON object."""

from __future__ import annotations

from datetime import date

import pytest

from kratomwise.law import (
    Answer,
    Confidence,
    LawRow,
    Level,
    PartialDate,
    PlaceNotFound,
    SevenOh,
    Status,
    combine,
    lookup,
    lookup_code,
)

TODAY = date(2026, 11, 25)


def row(code: str, level: Level, status: Status, seven_oh: SevenOh = SevenOh.same, **kw) -> LawRow:  # type: ignore[no-untyped-def]
    values = {
        "name": code,
        "min_age": None,
        "requirements": "",
        "law_reference": "",
        "effective_date": None,
        "as_of": PartialDate.parse("2026-10-01"),
        "confidence": Confidence.high,
        "source_urls": ("https://example.org/law",),
    }
    values.update(kw)
    return LawRow(code=code, level=level, kratom_status=status, seven_oh_raw=seven_oh, **values)


def answer(*layers: LawRow) -> Answer:
    last = layers[-1]
    return Answer("q", last.code, last.name, last.level, layers, True, TODAY, ())


def test_banned_city_in_legal_state_is_banned() -> None:
    result = answer(
        row("XX", Level.country, Status.legal),
        row("XX-AA", Level.state, Status.legal),
        row("XX-AA:town", Level.city, Status.banned),
    )
    assert result.kratom_status is Status.banned
    assert result.deciding_layer.code == "XX-AA:town"
    assert result.min_age is None


def test_legal_city_in_banned_state_is_banned() -> None:
    result = answer(
        row("XX", Level.country, Status.legal),
        row("XX-AA", Level.state, Status.banned, effective_date=PartialDate.parse("2016")),
        row("XX-AA:town", Level.city, Status.legal),
    )
    assert result.kratom_status is Status.banned
    assert result.deciding_layer.code == "XX-AA"
    assert result.as_dict()["effective_date"] == "2016"


def test_most_restrictive_order() -> None:
    assert combine([Status.legal, Status.regulated]) is Status.regulated
    assert combine([Status.regulated, Status.restricted]) is Status.restricted
    assert combine([Status.restricted, Status.banned, Status.legal]) is Status.banned


def test_unclear_is_never_read_as_permissive() -> None:
    assert combine([Status.legal, Status.unclear]) is Status.unclear
    assert combine([Status.restricted, Status.unclear]) is Status.unclear
    assert combine([Status.unclear, Status.banned]) is Status.banned
    result = lookup("North Dakota", today=TODAY)
    assert result.kratom_status is Status.unclear
    assert any("unclear" in note for note in result.all_notes)


def test_seven_oh_same_resolves_per_layer() -> None:
    result = answer(
        row("XX", Level.country, Status.legal),
        row("XX-AA", Level.state, Status.regulated, SevenOh.banned, min_age=21),
        row("XX-AA:town", Level.city, Status.regulated, SevenOh.same, min_age=18),
    )
    data = result.as_dict()
    assert data["kratom_status"] == "regulated"
    assert data["seven_oh_status"] == "banned"
    assert [layer["seven_oh_status"] for layer in data["layers"]] == [
        "legal",
        "banned",
        "regulated",
    ]
    assert data["min_age"] == 21


def test_real_nesting_newport_beach() -> None:
    data = lookup("US-CA:newport-beach", today=TODAY).as_dict()
    assert [layer["code"] for layer in data["layers"]] == ["US", "US-CA", "US-CA:newport-beach"]
    assert data["kratom_status"] == "banned"
    assert data["seven_oh_status"] == "banned"


def test_layers_widest_first_and_federal_for_us() -> None:
    data = lookup("US-CO:denver", today=TODAY).as_dict()
    assert [layer["level"] for layer in data["layers"]] == ["country", "state", "city"]
    assert data["layers"][0]["code"] == "US"


def test_weakest_confidence_and_oldest_as_of() -> None:
    data = lookup("US-CO:denver", today=TODAY).as_dict()
    assert data["confidence"] == "unverified"
    assert data["as_of"] == "2017-11-26"


def test_no_row_answers_from_nearest_layer_and_says_so() -> None:
    result = lookup("US-CO:aurora", today=TODAY)
    assert not result.own_row
    assert [layer.code for layer in result.layers] == ["US", "US-CO"]
    assert "no row of its own" in result.all_notes[0]
    assert result.as_dict()["jurisdiction"]["code"] == "US-CO:aurora"


def test_kuala_lumpur_is_malaysia_with_a_note() -> None:
    data = lookup("Kuala Lumpur", today=TODAY).as_dict()
    assert data["jurisdiction"]["code"] == "MY-14"
    assert [layer["code"] for layer in data["layers"]] == ["MY"]
    assert data["kratom_status"] == "banned"
    assert "Malaysia" in data["notes"][0] and "no row" in data["notes"][0]


def test_json_object_contract() -> None:
    data = lookup("texas", today=TODAY).as_dict()
    expected = {
        "query", "jurisdiction", "kratom_status", "seven_oh_status", "min_age",
        "effective_date", "as_of", "confidence", "stale", "layers", "requirements", "sources",
    }  # fmt: skip
    assert expected <= set(data)
    assert data["query"] == "texas"
    assert data["jurisdiction"] == {"code": "US-TX", "name": "Texas", "level": "state"}
    assert isinstance(data["min_age"], int)
    assert isinstance(data["stale"], bool)
    assert isinstance(data["requirements"], str) and "Texas:" in data["requirements"]
    assert all(isinstance(url, str) for url in data["sources"])
    for layer in data["layers"]:
        assert set(layer) == {
            "code", "name", "level", "kratom_status", "seven_oh_status", "as_of", "confidence",
        }  # fmt: skip
        assert layer["seven_oh_status"] != "same"


def test_seller_pages_never_in_sources() -> None:
    data = lookup("US-AK", today=TODAY).as_dict()
    assert not any("kratom.com" in url for url in data["sources"])
    assert data["confidence"] == "unverified"


def test_lookup_code_rejects_non_codes_and_unknown_iso() -> None:
    with pytest.raises(PlaceNotFound):
        lookup_code("Denver")
    with pytest.raises(PlaceNotFound):
        lookup_code("US-ZZ")
    with pytest.raises(PlaceNotFound):
        lookup_code("MX")  # a real country without data
    assert lookup_code("us-co:Denver", today=TODAY).code == "US-CO:denver"
