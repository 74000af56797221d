"""The JSON shape of a core value, declared once on its frozen dataclass.

A dataclass's JSON object is its fields, in order. A class whose JSON differs names what it
prints in ``JSON``, separated by spaces: attributes (fields, or properties that compute a
value) in order, and ``key=attribute`` where the key differs (``from=before``,
``unit=settings.unit``)::

    @dataclass(frozen=True, slots=True)
    class Step(Shaped):
        JSON: ClassVar[str] = "start end daily_amount status reason"

Values are written the same way everywhere: enums by value, dates in ISO form, decimals as
whole numbers or floats, tuples as lists, nested dataclasses by their own shape. The CLI
prints ``value.as_dict()``; the API derives its response schemas from the same declaration
and the attributes' type hints (``kratomwise.api.shapes``), so the two cannot drift apart.
Standard library only: the claim checker's command line starts fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import operator
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

__all__ = ["Shaped", "as_number", "json_fields", "to_json"]


def as_number(amount: Decimal) -> int | float:
    """A JSON-friendly number: whole amounts as int, others as float."""
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


@cache
def json_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """``(key, attribute)`` pairs of a shaped dataclass, in the order they are printed."""
    spec: str | None = getattr(cls, "JSON", None)
    if spec is None:
        return tuple((f.name, f.name) for f in dataclasses.fields(cls))
    pairs = [item.split("=", 1) if "=" in item else (item, item) for item in spec.split()]
    return tuple((key, attribute) for key, attribute in pairs)


def to_json(value: Any) -> Any:
    """``value`` as plain JSON data (dicts, lists, strings, numbers, booleans, None)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str | bool | int | float) or value is None:
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return as_number(value)
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = json_fields(type(value))
        return {key: to_json(operator.attrgetter(name)(value)) for key, name in fields}
    raise TypeError(f"{type(value).__name__} has no JSON shape")


class Shaped:
    """Base of the core's frozen dataclasses that have a JSON shape."""

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        """The value as the CLI prints it and the API returns it."""
        data: dict[str, Any] = to_json(self)
        return data
