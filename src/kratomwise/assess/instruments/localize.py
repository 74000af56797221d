"""An instrument in the active language, built when it is read (never at import).

Definitions keep their English texts (marked with ``N_``); :func:`localize` translates the
labels, bands and notes with ``_()``. The items, stem and answers of a verbatim instrument
(PHQ-9, GAD-7) change only for a validated official translation with a recorded source
(``data/validated_translations.yaml``); otherwise they stay in English and the instrument
carries a one-line note saying so in the page language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from kratomwise.assess.model import Instrument, Item, Option
from kratomwise.i18n import DEFAULT_LANGUAGE, N_, TRANSLATED, _, get_language
from kratomwise.yamldata import load_yaml

DATA_FILE = "data/validated_translations.yaml"
ENGLISH_ITEMS_NOTE = N_(
    "The questions are shown in English: there is no validated translation of this "
    "questionnaire in your language yet."
)
_REQUIRED = ("source", "url", "stem", "items", "options", "difficulty", "difficulty_options")


class TranslationDataError(ValueError):
    """The validated translations file is malformed."""


@dataclass(frozen=True, slots=True)
class OfficialTranslation:
    source: str
    url: str
    stem: str
    items: Mapping[str, str]
    options: tuple[str, ...]  # answers for 0, 1, 2, 3 points
    difficulty: str
    difficulty_options: tuple[str, ...]


def parse_translations(
    raw: Any, instruments: Mapping[str, Instrument]
) -> dict[tuple[str, str], OfficialTranslation]:
    """Validate the file's content against the instrument definitions."""
    if not isinstance(raw, dict):
        raise TranslationDataError(f"{DATA_FILE}: expected a mapping of instrument ids")
    found: dict[tuple[str, str], OfficialTranslation] = {}
    for instrument_id, by_language in raw.items():
        instrument = instruments.get(instrument_id)
        if instrument is None or not instrument.verbatim:
            raise TranslationDataError(f"{DATA_FILE}: {instrument_id!r} is no verbatim instrument")
        for language, entry in by_language.items():
            where = f"{DATA_FILE}: {instrument_id}.{language}"
            if language not in TRANSLATED:
                raise TranslationDataError(f"{where}: unknown language")
            if missing := [k for k in _REQUIRED if not entry.get(k)]:
                raise TranslationDataError(f"{where}: missing {', '.join(missing)}")
            scored = {i.id for i in instrument.scored_items}
            if set(entry["items"]) != scored:
                raise TranslationDataError(f"{where}: items must be exactly {sorted(scored)}")
            if len(entry["options"]) != 4 or len(entry["difficulty_options"]) != 4:
                raise TranslationDataError(f"{where}: options need four answers (0-3 points)")
            found[(instrument_id, language)] = OfficialTranslation(
                source=str(entry["source"]),
                url=str(entry["url"]),
                stem=str(entry["stem"]),
                items={str(k): str(v) for k, v in entry["items"].items()},
                options=tuple(map(str, entry["options"])),
                difficulty=str(entry["difficulty"]),
                difficulty_options=tuple(map(str, entry["difficulty_options"])),
            )
    return found


@cache
def _official(instruments: tuple[Instrument, ...]) -> dict[tuple[str, str], OfficialTranslation]:
    text = resources.files("kratomwise.assess").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_translations(load_yaml(text) or {}, {i.id: i for i in instruments})


def official_translation(
    instrument: Instrument, language: str, instruments: tuple[Instrument, ...]
) -> OfficialTranslation | None:
    return _official(instruments).get((instrument.id, language))


def _options(options: tuple[Option, ...], labels: tuple[str, ...] | None) -> tuple[Option, ...]:
    if labels is None:
        return tuple(replace(o, label=_(o.label)) for o in options)
    return tuple(replace(o, label=labels[o.points]) for o in options)


def _official_item(item: Item, official: OfficialTranslation) -> Item:
    if item.scored:
        return replace(
            item, text=official.items[item.id], options=_options(item.options, official.options)
        )
    return replace(
        item,
        text=official.difficulty,
        options=_options(item.options, official.difficulty_options),
    )


def _item(item: Item) -> Item:
    return replace(
        item,
        text=_(item.text),
        hint=_(item.hint) if item.hint else item.hint,
        options=_options(item.options, None),
    )


def localize(instrument: Instrument, instruments: tuple[Instrument, ...]) -> Instrument:
    """``instrument`` with its texts in the active language (itself in English)."""
    language = get_language()
    if language == DEFAULT_LANGUAGE:
        return instrument
    stem, note, translation = instrument.stem, "", ""
    if instrument.verbatim:
        official = official_translation(instrument, language, instruments)
        if official is None:
            items, note = instrument.items, _(ENGLISH_ITEMS_NOTE)
        else:
            items = tuple(_official_item(i, official) for i in instrument.items)
            stem, translation = official.stem, f"{official.source}, {official.url}"
    else:
        items, stem = tuple(_item(i) for i in instrument.items), _(instrument.stem)
    return replace(
        instrument,
        name=_(instrument.name),
        short_name=_(instrument.short_name),  # "Craving" is marked; "PHQ-9" is a name
        purpose=_(instrument.purpose),
        recall=_(instrument.recall),
        stem=stem,
        items=items,
        licence=_(instrument.licence),
        bands=tuple(
            replace(b, label=_(b.label), interpretation=_(b.interpretation))
            for b in instrument.bands
        ),
        flags=tuple(replace(f, label=_(f.label)) for f in instrument.flags),
        no_band_interpretation=_(instrument.no_band_interpretation),
        safety_message=_(instrument.safety_message),
        notes=tuple(_(n) for n in instrument.notes),
        items_note=note,
        translation_source=translation,
    )
