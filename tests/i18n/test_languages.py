"""The one language list, and how codes and locales map onto it."""

from __future__ import annotations

import pytest

from kratomwise.i18n.languages import (
    CODES,
    LANGUAGES,
    TRANSLATED,
    UnknownLanguage,
    language_from_environment,
    match_language,
    parse_language,
)


def test_the_languages_are_english_thai_malay_indonesian_spanish_named_in_their_own_language():
    assert LANGUAGES == (
        ("en", "English"),
        ("th", "ไทย"),
        ("ms", "Bahasa Melayu"),
        ("id", "Bahasa Indonesia"),
        ("es", "Español"),
    )
    assert CODES == ("en", "th", "ms", "id", "es")
    assert TRANSLATED == ("th", "ms", "id", "es")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("th", "th"),
        ("TH", "th"),
        ("th-TH", "th"),
        ("th_TH.UTF-8", "th"),
        ("es_MX.utf8@euro", "es"),
        ("ms-MY", "ms"),
        ("id", "id"),
        ("en_GB.UTF-8", "en"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("", None),
        ("de_DE.UTF-8", None),
    ],
)
def test_match_language(value: str, expected: str | None) -> None:
    assert match_language(value) == expected


def test_parse_language_names_the_choices_for_an_unknown_code() -> None:
    with pytest.raises(UnknownLanguage, match=r"unknown language 'xx'; choose one of: en, th"):
        parse_language("xx")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "th_TH.UTF-8"}, "th"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "th_TH.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "ms_MY.UTF-8"}, "ms"),
        ({"LANG": "th_TH.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "th_TH.UTF-8", "KRATOMWISE_LANG": "id"}, "id"),
    ],
)
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def test_an_unknown_kratomwise_lang_is_an_error() -> None:
    with pytest.raises(UnknownLanguage):
        language_from_environment({"KRATOMWISE_LANG": "klingon"})
