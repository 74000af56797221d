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
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from typing import Any

__all__ = ["Shaped", "as_number", "json_fields", "to_json"]
_WRITERS: dict[type, Callable[[Any], Any]] = {}


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
    writer = _WRITERS.get(type(value))
    if writer is None:  # found once per type: a journal's JSON has thousands of days
        writer = _WRITERS[type(value)] = _writer(type(value))
    return writer(value)


def _same(value: Any) -> Any:
    return value


def _list(value: Any) -> list[Any]:
    return [to_json(item) for item in value]


def _dict(value: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(key): to_json(item) for key, item in value.items()}


def _writer(cls: type) -> Callable[[Any], Any]:
    """How values of ``cls`` are written."""
    if issubclass(cls, enum.Enum):  # before str: a StrEnum is a str
        return operator.attrgetter("value")
    if issubclass(cls, str | int | float) or cls is type(None):
        return _same
    if issubclass(cls, dt.date):
        return operator.methodcaller("isoformat")
    if issubclass(cls, Decimal):
        return as_number
    if issubclass(cls, tuple | list):
        return _list
    if issubclass(cls, Mapping):
        return _dict
    if dataclasses.is_dataclass(cls):
        getters = tuple((key, operator.attrgetter(name)) for key, name in json_fields(cls))
        return lambda value: {key: to_json(get(value)) for key, get in getters}
    raise TypeError(f"{cls.__name__} has no JSON shape")


class Shaped:
    """Base of the core's frozen dataclasses that have a JSON shape."""

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        """The value as the CLI prints it and the API returns it."""
        data: dict[str, Any] = to_json(self)
        return data
