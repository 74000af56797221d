"""Numbers and units read from text and compared within rounding."""

from __future__ import annotations

import pytest

from kratomwise.claims.numeric import compare, quantities, word_value


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(q.value, 2), q.kind) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a half-life of about 24 hours", [(24.0, "time")]),
        ("0.7% of people", [(0.7, "percent")]),
        ("13 times more potent", [(13.0, "fold")]),
        ("an estimated 2.03 million adults", [(2030000.0, "count")]),
        ("1,807 exposures in 2017", [(1807.0, "count"), (2017.0, "year")]),
        ("take 2 to 5 grams", [(2000.0, "mass"), (5000.0, "mass")]),
        ("seven in every thousand Americans", [(0.7, "percent")]),
        ("roughly one in four users", [(25.0, "percent")]),
        ("nearly two hundred people", [(200.0, "count")]),
        ("correlated (r = 0.28)", [(0.28, "r")]),
        ("2 days", [(48.0, "time")]),
    ],
)
def test_quantities(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def test_names_are_not_numbers() -> None:
    assert _values("7-OH, CYP3A4, 5-HT1A and MGM-15 with a 100% safe label") == []


def test_word_values() -> None:
    assert word_value("twenty-five") == 25
    assert word_value("two hundred") == 200
    assert word_value("a thousand") == 1000


def test_compare_within_rounding() -> None:
    fact = quantities("25.5% met criteria; 2,061 consumers; 1.39-fold")
    assert compare(quantities("about 26%"), fact).agrees
    assert compare(quantities("roughly one in four"), fact).agrees
    assert compare(quantities("roughly 40% higher"), fact).agrees
    assert compare(quantities("35%"), fact).conflicts
    assert not compare(quantities("35%"), fact).agrees


def test_a_kind_missing_from_the_facts_is_not_compared() -> None:
    check = compare(quantities("12 hours"), quantities("25.5%"))
    assert check.compared == 0 and not check.conflicts
