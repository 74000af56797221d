"""One JSON shape per core dataclass: fields by default, the ``JSON`` names otherwise."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

import pytest

from kratomwise.shapes import Shaped, as_number, json_fields, to_json


class Colour(enum.StrEnum):
    RED = "red"


@dataclass(frozen=True, slots=True)
class Inner(Shaped):
    name: str
    colour: Colour


@dataclass(frozen=True, slots=True)
class Outer(Shaped):
    JSON: ClassVar[str] = "day from=before total name=inner.name items"

    day: dt.date
    before: Decimal
    inner: Inner
    items: tuple[Inner, ...]
    hidden: str = "never printed"

    @property
    def total(self) -> Decimal:
        return self.before * 2


OUTER = Outer(
    dt.date(2026, 1, 2), Decimal("2.5"), Inner("a", Colour.RED), (Inner("b", Colour.RED),)
)


def test_fields_by_default_and_the_declared_names_otherwise() -> None:
    assert json_fields(Inner) == (("name", "name"), ("colour", "colour"))
    assert json_fields(Outer) == (
        ("day", "day"),
        ("from", "before"),
        ("total", "total"),
        ("name", "inner.name"),
        ("items", "items"),
    )


def test_as_dict_writes_values_one_way() -> None:
    assert OUTER.as_dict() == {
        "day": "2026-01-02",
        "from": 2.5,
        "total": 5,
        "name": "a",
        "items": [{"name": "b", "colour": "red"}],
    }
    assert list(OUTER.as_dict()) == ["day", "from", "total", "name", "items"]


def test_plain_values() -> None:
    assert to_json({"a": (1, None, True)}) == {"a": [1, None, True]}
    assert to_json(dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)) == "2026-01-02T03:04:00+00:00"
    assert as_number(Decimal("4.00")) == 4 and isinstance(as_number(Decimal("4.00")), int)
    assert as_number(Decimal("4.25")) == 4.25


def test_a_value_without_a_shape_is_an_error() -> None:
    with pytest.raises(TypeError, match="object has no JSON shape"):
        to_json(object())
