"""Names: exact, fuzzy, 'Place, Region', codes, ambiguity and suggestions."""

from __future__ import annotations

import pytest

from kratomwise.law import AmbiguousPlace, PlaceNotFound, resolve


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("US-TX", "US-TX"),
        ("us-tx", "US-TX"),
        ("TX", "US-TX"),
        ("texas", "US-TX"),
        ("  Texas  ", "US-TX"),
        ("Thailand", "TH"),
        ("TH", "TH"),
        ("Denver", "US-CO:denver"),
        ("denver, co", "US-CO:denver"),
        ("Denver, Colorado", "US-CO:denver"),
        ("US-CO:denver", "US-CO:denver"),
        ("Newport Beach, CA", "US-CA:newport-beach"),
        ("Kuala Lumpur", "MY-14"),
        ("Bangkok", "TH-10"),
        ("Colorodo", "US-CO"),
        ("Tailand", "TH"),
        ("West Virgina", "US-WV"),
        ("Orange County", "US-CA:orange-county"),
        ("Sarasota", "US-FL:sarasota-county"),
        ("Czech Republic", "CZ"),
        ("South Korea", "KR"),
        ("UK", "GB"),
        ("Washington, D.C.", "US-DC"),
        ("Puerto Rico", "US-PR"),
        ("Austin, TX", "US-TX:austin"),
        ("CO", "US-CO"),
    ],
)
def test_resolves(query: str, code: str) -> None:
    assert resolve(query).code == code


def test_two_letter_country_before_state_with_a_note() -> None:
    resolved = resolve("CA")
    assert resolved.code == "CA"
    assert "US-CA" in resolved.notes[0]


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("Georgia", {"US-GA", "GE"}),
        ("Carolina", {"US-NC", "US-SC"}),
        ("Dakota", {"US-ND", "US-SD"}),
        ("Columbia", {"US-DC", "CA-BC"}),
    ],
)
def test_ambiguous(query: str, codes: set[str]) -> None:
    with pytest.raises(AmbiguousPlace) as info:
        resolve(query)
    assert codes <= {candidate.code for candidate in info.value.candidates}


def test_no_match_has_suggestions() -> None:
    with pytest.raises(PlaceNotFound) as info:
        resolve("Texsa Stat")
    assert "US-TX" in {candidate.code for candidate in info.value.suggestions}


@pytest.mark.parametrize("query", ["", "   ", "!!!", "zzqxv"])
def test_nothing(query: str) -> None:
    with pytest.raises(PlaceNotFound):
        resolve(query)


def test_invalid_subdivision_code() -> None:
    with pytest.raises(PlaceNotFound, match="not an ISO 3166-2"):
        resolve("US-ZZ")


def test_unknown_town_in_a_country_answers_for_the_country() -> None:
    resolved = resolve("Pattaya, Thailand")
    assert resolved.code == "TH"
    assert "Pattaya" in resolved.notes[0]
    assert resolve("Chiang Mai, Thailand").code == "TH-50"


def test_unknown_town_in_a_us_state_gets_a_local_code() -> None:
    resolved = resolve("Aurora, Colorado")
    assert resolved.code == "US-CO:aurora"
