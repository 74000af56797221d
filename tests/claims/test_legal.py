"""Legal-status sentences use kratomwise.law when present and a small fallback otherwise."""

from __future__ import annotations

import pytest

from kratomwise.claims import Verdict, legal


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kratom is banned in Indiana.", Verdict.supported),
        ("Kratom is legal in Indiana.", Verdict.contradicted),
        ("Kratom is illegal in Thailand.", Verdict.contradicted),
        ("Kratom is banned in the UK.", Verdict.supported),
        ("Kratom is legal in most states.", Verdict.supported),
        ("Kratom is legal in all 50 states.", Verdict.contradicted),
        ("Kratom is illegal at the federal level in the US.", Verdict.contradicted),
    ],
)
def test_with_law_data(text: str, verdict: Verdict) -> None:
    result = legal.check_legal(text)
    assert result is not None and result.verdict is verdict


def test_fallback_without_the_law_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legal, "_law_places", lambda: None)
    legal.places.cache_clear()
    legal._tables.cache_clear()
    try:
        assert legal.places()["US-AL"].status == "banned"
        banned = legal.check_legal("Kratom is banned in Alabama.")
        assert banned is not None and banned.verdict is Verdict.supported
        assert banned.fact_ids == ("STATE-03",)
        assert legal.check_legal("Kratom is legal in Texas.") is None  # no data: no verdict
    finally:
        legal.places.cache_clear()
        legal._tables.cache_clear()


def test_not_a_legal_sentence() -> None:
    assert legal.check_legal("Kratom is a tree.") is None
