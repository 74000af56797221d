"""Verbatim instruments change language only with a validated official translation."""

from __future__ import annotations

from typing import Any

import pytest

from kratomwise.assess.instruments import _DEFINITIONS, GAD7, INSTRUMENTS, PHQ9, localize
from kratomwise.assess.instruments.localize import (
    TranslationDataError,
    parse_translations,
)
from kratomwise.i18n import use_language

BY_ID = {i.id: i for i in _DEFINITIONS}
# The note in Spanish, as es/django.po has it (the msgid is ENGLISH_ITEMS_NOTE).
SPANISH_NOTE = (
    "Las preguntas se muestran en inglés: todavía no hay una traducción validada de este "
    "cuestionario en tu idioma."
)
# Made-up wording for the test only: the shipped file holds nothing that has no real source.
SAMPLE: dict[str, Any] = {
    "gad7": {
        "es": {
            "source": "Test source",
            "url": "https://example.org/gad7-es",
            "stem": "STEM-ES",
            "items": {f"gad7_0{n}": f"ITEM-{n}-ES" for n in range(1, 8)},
            "options": ["A0", "A1", "A2", "A3"],
            "difficulty": "DIFF-ES",
            "difficulty_options": ["D0", "D1", "D2", "D3"],
        }
    }
}


def test_the_packaged_file_ships_no_translation_without_a_source() -> None:
    assert localize._official(_DEFINITIONS) == {}


def test_english_items_are_shown_with_a_note_in_other_languages() -> None:
    assert INSTRUMENTS["phq9"].items_note == ""  # English page: nothing to say
    with use_language("es"):
        shown = INSTRUMENTS["phq9"]
    assert shown.items == PHQ9.items and shown.stem == PHQ9.stem
    assert shown.items_note == SPANISH_NOTE


def test_an_official_translation_replaces_items_stem_and_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = parse_translations(SAMPLE, BY_ID)
    monkeypatch.setattr(localize, "_official", lambda definitions: found)
    with use_language("es"):
        shown = INSTRUMENTS["gad7"]
        other = INSTRUMENTS["phq9"]
    assert shown.stem == "STEM-ES"
    assert [i.text for i in shown.items] == [*(f"ITEM-{n}-ES" for n in range(1, 8)), "DIFF-ES"]
    assert [o.label for o in shown.items[0].options] == ["A0", "A1", "A2", "A3"]
    assert [o.label for o in shown.items[-1].options] == ["D0", "D1", "D2", "D3"]
    assert [o.loinc for o in shown.items[0].options] == [o.loinc for o in GAD7.items[0].options]
    assert shown.items_note == ""
    assert shown.translation_source == "Test source, https://example.org/gad7-es"
    assert other.items_note == SPANISH_NOTE  # PHQ-9 has none in the sample


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update({"cows": {}}), "'cows' is no verbatim instrument"),
        (lambda d: d["gad7"].update({"xx": d["gad7"]["es"]}), "gad7.xx: unknown language"),
        (lambda d: d["gad7"]["es"].pop("source"), "gad7.es: missing source"),
        (lambda d: d["gad7"]["es"]["items"].pop("gad7_07"), "items must be exactly"),
        (lambda d: d["gad7"]["es"]["options"].pop(), "options need four answers"),
    ],
)
def test_a_malformed_translation_is_refused(change: Any, message: str) -> None:
    import copy

    data = copy.deepcopy(SAMPLE)
    change(data)
    with pytest.raises(TranslationDataError, match=message):
        parse_translations(data, BY_ID)
