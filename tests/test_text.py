"""The one text module: folding, normalising, words and slugs."""

from __future__ import annotations

from kratomwise.text import collapse_spaces, fold, normalise, slug, words


def test_fold_removes_case_accents_and_curly_quotes() -> None:
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert fold("København STRAßE") == "kobenhavn strasse"
    assert fold("Ativán, 7-OH!") == "ativan, 7-oh!"


def test_normalise_reduces_punctuation_to_single_spaces() -> None:
    assert normalise("  Kuala   Lumpur! ") == "kuala lumpur"
    assert normalise("Washington, D.C.") == "washington d c"
    assert normalise("St. John's wort + 7-OH", keep="+'-") == "st john's wort + 7-oh"
    assert normalise("?!") == ""


def test_words_keep_hyphenated_compounds() -> None:
    assert words("Long-term use of 7-OH, Café study.") == [
        "long-term",
        "use",
        "of",
        "7-oh",
        "cafe",
        "study",
    ]


def test_slug_and_collapse_spaces() -> None:
    assert slug("St. Charles County") == "st-charles-county"
    assert slug("  Castle Rock ") == "castle-rock"
    assert collapse_spaces(" a \t b\n\nc ") == "a b c"
