"""Rounding to amounts a person can measure."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kratomwise.taper import (
    Unit,
    UnitError,
    format_amount,
    increment,
    parse_unit,
    round_down,
    round_nearest,
)


@pytest.mark.parametrize(
    ("unit", "raw", "nearest", "down"),
    [
        (Unit.G, "7.2", "7.25", "7"),
        (Unit.G, "7.1", "7", "7"),
        (Unit.G, "7.125", "7.25", "7"),  # halves go up
        (Unit.G, "0.1", "0", "0"),
        (Unit.CAPSULE, "5.4", "5", "5"),
        (Unit.CAPSULE, "5.5", "6", "5"),
        (Unit.ML, "6.3", "6.5", "6"),
        (Unit.ML, "6.2", "6", "6"),
        (Unit.MG, "7.3", "7.5", "7"),  # below 10 mg: 0.5 mg
        (Unit.MG, "46.4", "46", "46"),  # 10-100 mg: 1 mg
        (Unit.MG, "233", "235", "230"),  # 100-1000 mg: 5 mg
        (Unit.MG, "1234", "1230", "1230"),  # 1000 mg and more: 10 mg
    ],
)
def test_rounding_to_measurable_amounts(unit: Unit, raw: str, nearest: str, down: str) -> None:
    assert round_nearest(D(raw), unit) == D(nearest)
    assert round_down(D(raw), unit) == D(down)


def test_rounding_never_goes_below_zero() -> None:
    assert round_nearest(D("-1"), Unit.G) == 0
    assert round_down(D("0"), Unit.ML) == 0


def test_increments() -> None:
    assert increment(Unit.G, D(5)) == D("0.25")
    assert increment(Unit.CAPSULE, D(5)) == 1
    assert increment(Unit.ML, D(5)) == D("0.5")
    assert increment(Unit.MG, D(5)) == D("0.5")
    assert increment(Unit.MG, D(50)) == 1


def test_parse_unit() -> None:
    assert parse_unit("g") is Unit.G
    assert parse_unit(" Capsules ") is Unit.CAPSULE
    with pytest.raises(UnitError):
        parse_unit("oz")


def test_format_amount() -> None:
    assert format_amount(D("10.00")) == "10"
    assert format_amount(D("1E+1")) == "10"
    assert format_amount(D("4.50")) == "4.5"
    assert format_amount(D("0")) == "0"
