"""Country names follow the page language (CLDR names through Babel)."""

from __future__ import annotations

import pytest

from kratomwise.i18n import use_language
from kratomwise.i18n.countries import country_name
from kratomwise.knowledge import resources as res


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Thailand"),
        ("th", "ไทย"),
        ("es", "Tailandia"),
        ("ms", "Thailand"),
        ("id", "Thailand"),
    ],
)
def test_country_name_in_the_active_language(language: str, expected: str) -> None:
    with use_language(language):
        assert country_name("TH", "Thailand") == expected
        assert res.country_name("TH") == expected


def test_an_unknown_code_keeps_the_data_name_and_an_explicit_language_wins() -> None:
    with use_language("th"):
        assert country_name("QQ", "Somewhere") == "Somewhere"
    assert country_name("MX", "Mexico", "es") == "México"


def test_international_is_translated_text() -> None:
    assert res.country_name(None) == "International"
    assert res.country_name("ZZ") == "International"
