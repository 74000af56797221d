"""The building blocks of an instrument definition, its result, and the scoring errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from kratomwise.shapes import Shaped


class InvalidValue(ValueError):
    """An answer is not one of the values its item allows (or is not an integer)."""

    def __init__(self, message: str, item_id: str | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id


class IncompleteResponse(ValueError):
    """One or more required items have no answer; nothing is scored."""

    def __init__(self, message: str, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing


class UnknownInstrument(ValueError):
    """No instrument has the requested id."""


@dataclass(frozen=True, slots=True)
class Option:
    points: int
    label: str
    loinc: str | None = None  # LOINC answer code (LA…), where one is verified


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    text: str
    options: tuple[Option, ...]
    loinc: str | None = None
    scored: bool = True  # unscored items (PHQ-9/GAD-7 "difficulty") are optional
    hint: str | None = None

    @property
    def allowed(self) -> tuple[int, ...]:
        return tuple(o.points for o in self.options)

    @property
    def max_points(self) -> int:
        return max(self.allowed)

    def label_for(self, points: int) -> str | None:
        for option in self.options:
            if option.points == points:
                return option.label
        return None


@dataclass(frozen=True, slots=True)
class Band:
    id: str
    low: int
    high: int  # inclusive
    label: str
    interpretation: str

    def contains(self, total: int) -> bool:
        return self.low <= total <= self.high


@dataclass(frozen=True, slots=True)
class Flag:
    """A flag raised by a result: when the total reaches ``min_total``, when the band is one of
    ``bands``, or when item ``item_id`` scores above ``item_above``."""

    id: str
    min_total: int | None = None
    bands: tuple[str, ...] = ()
    item_id: str | None = None
    item_above: int | None = None
    label: str = ""  # what the flag means, for people (the id is for programs)

    def raised(self, total: int, band: str | None, answers: dict[str, int]) -> bool:
        if self.min_total is not None and total >= self.min_total:
            return True
        if band is not None and band in self.bands:
            return True
        if self.item_id is not None and self.item_above is not None:
            return answers.get(self.item_id, 0) > self.item_above
        return False


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str  # cli id: cows sows dsm5 phq9 gad7 craving
    name: str
    short_name: str
    purpose: str
    completed_by: str  # "self" or "clinician"
    recall: str
    stem: str
    items: tuple[Item, ...]
    source: str  # citation with the publisher's own address
    source_urls: tuple[str, ...]
    licence: str
    bands: tuple[Band, ...] = ()
    flags: tuple[Flag, ...] = ()
    no_band_interpretation: str = ""
    attribution: str | None = None
    loinc_panel: str | None = None
    loinc_total: str | None = None
    # Flag id -> triage code it emits (PHQ-9 item 9 -> suicidal_thoughts).
    triage_codes: tuple[tuple[str, str], ...] = ()
    # Bands that show the treatment-options card (and the treatment locator).
    treatment_bands: tuple[str, ...] = ()
    safety_flag_id: str | None = None
    safety_message: str = ""  # put before everything else when the safety flag is raised
    verbatim: bool = False  # item wording published under a licence that allows it
    notes: tuple[str, ...] = field(default=())
    # Set when read in another language (instruments/localize.py): a one-line note when the
    # verbatim items are shown in English, or the source of their validated translation.
    items_note: str = ""
    translation_source: str = ""

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.scored)

    @property
    def max_total(self) -> int:
        return sum(i.max_points for i in self.scored_items)

    @property
    def has_bands(self) -> bool:
        return bool(self.bands)

    def band_for(self, total: int) -> Band | None:
        for band in self.bands:
            if band.contains(total):
                return band
        return None

    def flag_label(self, flag_id: str) -> str:
        for flag in self.flags:
            if flag.id == flag_id:
                return flag.label or flag.id
        raise KeyError(flag_id)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)


@dataclass(frozen=True, slots=True)
class Result(Shaped):
    """``as_dict()`` is exactly the ``kratomwise score --format json`` object."""

    JSON: ClassVar[str] = "instrument total band safety_flag flags interpretation source"

    instrument: str
    total: int
    band: str | None
    band_label: str | None
    safety_flag: bool
    flags: tuple[str, ...]
    interpretation: str
    source: str
    answers: tuple[tuple[str, int], ...]  # (item id, points) of every answered item
    triage_codes: tuple[str, ...] = ()
    treatment_options: bool = False
    max_total: int = 0
    loinc_total: str | None = None

    def answer(self, item_id: str) -> int | None:
        for key, value in self.answers:
            if key == item_id:
                return value
        return None
