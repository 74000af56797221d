"""Daily totals per comparable unit, and the simple counts built on them.

Amounts are only added when they measure the same thing: grams of leaf (including capsules
converted with the person's grams per capsule, and milligrams of leaf), extract by its own unit,
7-OH products by theirs, and every other substance apart. Nothing else is ever summed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from kratomwise.i18n import _
from kratomwise.shapes import Shaped
from kratomwise.usage.model import KRATOM, LEAF_FORMS, SEVEN_OH, Entry

LEAF_G = "leaf_g"

_MASS_TO_G = {"g": 1.0, "mg": 0.001}


def classify(
    substance: str, form: str, unit: str, grams_per_capsule: float | None
) -> tuple[str, float]:
    """(unit key, factor): an amount in ``unit`` times ``factor`` is an amount in the key's unit.
    Entries with the same key can be added; different keys never are."""
    if substance == SEVEN_OH or form == "seven_oh_product":
        if unit in _MASS_TO_G:  # 7-OH is measured in milligrams
            return "seven_oh_mg", _MASS_TO_G[unit] * 1000
        return f"seven_oh_{unit}", 1.0
    if substance == KRATOM:
        if form in LEAF_FORMS:
            if unit in _MASS_TO_G:
                return LEAF_G, _MASS_TO_G[unit]
            if unit == "capsule" and grams_per_capsule:
                return LEAF_G, grams_per_capsule
            return f"leaf_{unit}", 1.0
        prefix = "extract" if form == "extract" else "kratom_other"
        if unit in _MASS_TO_G:
            return f"{prefix}_g", _MASS_TO_G[unit]
        return f"{prefix}_{unit}", 1.0
    if unit in _MASS_TO_G:
        return f"other:{substance}:mg", _MASS_TO_G[unit] * 1000
    return f"other:{substance}:{unit}", 1.0


def comparable(entry: Entry, grams_per_capsule: float | None) -> tuple[str, float]:
    """(unit key, amount in that unit) for one entry. Same key = safe to add."""
    key, factor = classify(entry.kind, entry.form, entry.unit, grams_per_capsule)
    return key, entry.amount * factor


def unit_label(key: str) -> str:
    """Plain words for a unit key."""
    fixed = {
        LEAF_G: _("kratom leaf, grams"),
        "leaf_capsule": _("kratom capsules (set grams per capsule to convert)"),
        "leaf_ml": _("kratom tea, ml"),
        "leaf_tablet": _("kratom leaf tablets"),
        "extract_g": _("kratom extract, grams"),
        "extract_ml": _("kratom extract, ml"),
        "extract_capsule": _("kratom extract capsules"),
        "extract_tablet": _("kratom extract tablets"),
        "seven_oh_mg": _("7-OH product, mg"),
        "seven_oh_tablet": _("7-OH product, tablets"),
        "seven_oh_ml": _("7-OH product, ml"),
        "seven_oh_capsule": _("7-OH product, capsules"),
    }
    if key in fixed:
        return fixed[key]
    if key.startswith("other:"):
        _prefix, name, unit = key.split(":", 2)
        return f"{name}, {unit}"
    return key.replace("_", " ")


@dataclass(slots=True)
class Day(Shaped):
    """Everything logged on one local calendar day."""

    JSON: ClassVar[str] = "day leaf_g=shown_leaf_g uses"

    day: dt.date
    uses: int = 0  # kratom and 7-OH entries
    entries: int = 0
    amounts: dict[str, float] = field(default_factory=dict)
    others: set[str] = field(default_factory=set)
    seven_oh: bool = False
    kratom: bool = False

    @property
    def leaf_g(self) -> float:
        return self.amounts.get(LEAF_G, 0.0)

    @property
    def shown_leaf_g(self) -> float:
        return round(self.leaf_g, 3)


def daily_totals(entries: Iterable[Entry], grams_per_capsule: float | None) -> dict[dt.date, Day]:
    """Days with at least one entry, keyed by date."""
    days: dict[dt.date, Day] = {}
    # Classified once per (substance, form, unit): a journal repeats the same few.
    kinds: dict[tuple[str, str, str], tuple[str, float, bool, bool]] = {}
    for entry in entries:
        date = entry.taken_at.date()
        day = days.get(date)
        if day is None:
            day = days[date] = Day(date)
        day.entries += 1
        signature = (entry.substance, entry.form, entry.unit)
        kind = kinds.get(signature)
        if kind is None:
            key, factor = classify(entry.kind, entry.form, entry.unit, grams_per_capsule)
            kind = kinds[signature] = (key, factor, entry.is_kratom_family, entry.is_seven_oh)
        key, factor, family, seven_oh = kind
        amounts = day.amounts
        amounts[key] = amounts.get(key, 0.0) + entry.amount * factor
        if family:
            day.uses += 1
            if seven_oh:
                day.seven_oh = True
            else:
                day.kratom = True
        else:
            day.others.add(entry.kind)
    return days


def used_days(days: dict[dt.date, Day]) -> list[dt.date]:
    """Sorted days with kratom or 7-OH use."""
    return sorted(d for d, day in days.items() if day.uses)


def streaks(dates: Sequence[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Runs of consecutive dates as (first, last), from sorted unique ``dates``."""
    runs: list[tuple[dt.date, dt.date]] = []
    one = dt.timedelta(days=1)
    for date in dates:
        if runs and date - runs[-1][1] == one:
            runs[-1] = (runs[-1][0], date)
        else:
            runs.append((date, date))
    return runs


def run_length(run: tuple[dt.date, dt.date]) -> int:
    return (run[1] - run[0]).days + 1


def days_used_per_week(dates: Sequence[dt.date], today: dt.date, weeks: int) -> list[int]:
    """Days used in each 7-day block ending today, oldest block first."""
    counts = [0] * weeks
    for date in dates:
        age = (today - date).days
        if 0 <= age < 7 * weeks:
            counts[weeks - 1 - age // 7] += 1
    return counts


def calendar(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
