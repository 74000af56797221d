"""Legal-status sentences are checked against kratomwise.law."""

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


def test_not_a_legal_sentence() -> None:
    assert legal.check_legal("Kratom is a tree.") is None
