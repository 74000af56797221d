"""Units a person measures in, and rounding to amounts they can actually measure."""

from __future__ import annotations

import enum
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from kratomwise.i18n import _, ngettext


class Unit(enum.StrEnum):
    """The unit of the person's own product."""

    G = "g"  # leaf powder, weighed on a kitchen or jeweller's scale
    CAPSULE = "capsule"  # whole capsules
    ML = "ml"  # liquids, measured with an oral syringe
    MG = "mg"  # extracts and tablets labelled in milligrams

    @property
    def label(self) -> str:
        return {
            Unit.G: _("g"),
            Unit.CAPSULE: _("capsules"),
            Unit.ML: _("ml"),
            Unit.MG: _("mg"),
        }[self]


class UnitError(ValueError):
    """An unknown unit name."""


def parse_unit(value: str) -> Unit:
    text = value.strip().lower()
    aliases = {
        "capsules": "capsule",
        "grams": "g",
        "gram": "g",
        "milligram": "mg",
        "millilitre": "ml",
    }
    try:
        return Unit(aliases.get(text, text))
    except ValueError:
        raise UnitError(
            _("unknown unit '{unit}': use g, capsule, ml or mg").format(unit=value)
        ) from None


# Smallest amount a person can reliably measure, per unit. mg depends on the size of the amount
# (kratomwise rule): a milligram scale or split tablet gives about 0.5 mg below 10 mg, 1 mg up to
# 100 mg, then steps of 5 mg (below 1000 mg) and 10 mg keep each step a few percent or less.
_FIXED_INCREMENT: dict[Unit, Decimal] = {
    Unit.G: Decimal("0.25"),
    Unit.CAPSULE: Decimal("1"),
    Unit.ML: Decimal("0.5"),
}
_MG_TIERS: tuple[tuple[Decimal, Decimal], ...] = (
    (Decimal("10"), Decimal("0.5")),
    (Decimal("100"), Decimal("1")),
    (Decimal("1000"), Decimal("5")),
)
_MG_LARGE = Decimal("10")


def increment(unit: Unit, amount: Decimal) -> Decimal:
    """The measurable step for ``amount`` in ``unit``."""
    if unit is not Unit.MG:
        return _FIXED_INCREMENT[unit]
    for below, inc in _MG_TIERS:
        if amount < below:
            return inc
    return _MG_LARGE


def round_nearest(amount: Decimal, unit: Unit) -> Decimal:
    """Round to the nearest measurable amount (halves go up); never below zero."""
    if amount <= 0:
        return Decimal(0)
    inc = increment(unit, amount)
    return (amount / inc).quantize(Decimal(1), rounding=ROUND_HALF_UP) * inc


def round_down(amount: Decimal, unit: Unit) -> Decimal:
    """The largest measurable amount not above ``amount``; never below zero."""
    if amount <= 0:
        return Decimal(0)
    inc = increment(unit, amount)
    return (amount / inc).quantize(Decimal(1), rounding=ROUND_FLOOR) * inc


def format_amount(amount: Decimal) -> str:
    """``10``, ``4.5``, ``4.25``: no exponent, no trailing zeros."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def unit_name(unit: Unit, amount: Decimal) -> str:
    """The unit's name for ``amount``: ``1 capsule`` but ``6 capsules``; g, ml, mg never change."""
    if unit is Unit.CAPSULE:
        # The same plural entry as the journal's (web/journal/models.py): one msgid, one form.
        return ngettext("capsule", "capsules", 1 if amount == 1 else 2)
    return unit.label


def format_quantity(amount: Decimal, unit: Unit) -> str:
    """``6 capsules``, ``1 capsule``, ``2.5 g``: the amount with its unit, once."""
    return _("{amount} {unit}").format(amount=format_amount(amount), unit=unit_name(unit, amount))
