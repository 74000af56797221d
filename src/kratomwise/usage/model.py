"""Journal entries and personal settings as plain values."""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

from kratomwise import interactions
from kratomwise.shapes import Shaped
from kratomwise.text import collapse_spaces

# How the journal stores the two built-in substances (``kratom`` is also the table's name).
KRATOM = interactions.KRATOM
SEVEN_OH = "seven_oh"

FORMS = ("leaf_powder", "capsules", "tea", "extract", "seven_oh_product", "other")
UNITS = ("g", "mg", "capsule", "ml", "tablet")
LEAF_FORMS = frozenset({"leaf_powder", "capsules", "tea"})
SCORE_MIN, SCORE_MAX = 0, 10
SUBSTANCE_MAX_LENGTH = 100
# Amounts are stored with 4 decimal places; anything outside this range is a typing mistake.
MIN_AMOUNT, MAX_AMOUNT = 0.0001, 1_000_000.0

# The interaction table's kratom and 7-OH entries are the one kratom vocabulary: any of their
# names ("kratom tea", "ketum", "7-OH"; see ``interactions.kratom_aliases``) is stored as these.
_TABLE_NAMES = {interactions.KRATOM: KRATOM, interactions.SEVEN_OH: SEVEN_OH}


class EntryError(ValueError):
    """A value that cannot be an entry; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def normalise_substance(name: str) -> str:
    """``kratom``/``seven_oh`` for any name the interaction table gives them, otherwise the
    trimmed name in lower case."""
    return _normalised(collapse_spaces(name).lower())


@functools.lru_cache(maxsize=4096)
def _normalised(cleaned: str) -> str:
    found = interactions.resolve(cleaned, use_library=False)
    # A guessed spelling is never folded into kratom: that would hide another substance.
    if found.matched_by == "fuzzy" or len(found.names) != 1:
        return cleaned
    return _TABLE_NAMES.get(found.names[0], cleaned)


@dataclass(frozen=True, slots=True)
class Entry(Shaped):
    """One logged use. ``taken_at`` is time-zone aware; its local date is the day it counts for.
    ``as_dict()`` is the entry in the journal JSON format and in the API."""

    taken_at: dt.datetime
    substance: str
    form: str
    amount: float
    unit: str
    craving: int | None = None
    mood: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.taken_at.tzinfo is None or self.taken_at.utcoffset() is None:
            raise EntryError("taken_at", "needs a time-zone offset, e.g. 2026-05-01T08:00:00+02:00")
        if not self.substance or len(self.substance) > SUBSTANCE_MAX_LENGTH:
            raise EntryError("substance", f"must be 1 to {SUBSTANCE_MAX_LENGTH} characters")
        if self.form not in FORMS:
            raise EntryError("form", f"must be one of {', '.join(FORMS)}")
        if self.unit not in UNITS:
            raise EntryError("unit", f"must be one of {', '.join(UNITS)}")
        if not (math.isfinite(self.amount) and self.amount > 0):
            raise EntryError("amount", "must be a number greater than 0")
        if not MIN_AMOUNT <= self.amount <= MAX_AMOUNT:
            raise EntryError("amount", f"must be between {MIN_AMOUNT:g} and {MAX_AMOUNT:g}")
        for name in ("craving", "mood"):
            value = getattr(self, name)
            if value is not None and not (SCORE_MIN <= value <= SCORE_MAX):
                raise EntryError(name, f"must be a whole number from {SCORE_MIN} to {SCORE_MAX}")

    @property
    def day(self) -> dt.date:
        return self.taken_at.date()

    @property
    def kind(self) -> str:
        """``kratom``, ``seven_oh`` or the other substance's name, whatever name was stored."""
        return normalise_substance(self.substance)

    @property
    def is_seven_oh(self) -> bool:
        return self.kind == SEVEN_OH or self.form == "seven_oh_product"

    @property
    def is_kratom_family(self) -> bool:
        """Kratom in any form, or a concentrated 7-OH product: these count as uses."""
        return self.kind in (KRATOM, SEVEN_OH) or self.form == "seven_oh_product"

    @property
    def other_substance(self) -> str | None:
        """The substance name when this entry is not kratom or 7-OH."""
        return None if self.is_kratom_family else self.kind


@dataclass(frozen=True, slots=True)
class Limits:
    """Personal limits; ``None`` means not set."""

    max_leaf_g_per_day: float | None = None
    max_uses_per_day: int | None = None
    min_days_off_per_week: int | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """What the analysis needs to know about the person."""

    grams_per_capsule: float | None = None
    limits: Limits = Limits()
