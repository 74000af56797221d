"""Response schemas derived from the core's shaped dataclasses (``kratomwise.shapes``).

A core dataclass declares its JSON once; this module reads that declaration and the type hints
of the fields and properties it names, and builds the ninja ``Schema`` the API validates and
documents its answer with. Types follow ``kratomwise.shapes.to_json``: enums and dates are
strings, decimals are numbers, tuples are lists, nested dataclasses get their own schema.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
from decimal import Decimal
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from ninja import Schema
from pydantic import create_model

from kratomwise.shapes import json_fields


def _hint(cls: type, attribute: str) -> Any:
    """The type of a field or the return type of a property; ``a.b``: of ``b`` of ``a``."""
    first, _, rest = attribute.partition(".")
    member = getattr(cls, first, None)
    if isinstance(member, property) and member.fget is not None:
        hint = get_type_hints(member.fget)["return"]
    else:
        hint = get_type_hints(cls)[first]
    return _hint(hint, rest) if rest else hint


def api_type(hint: Any) -> Any:
    """The JSON type of a core type hint (see ``kratomwise.shapes.to_json``)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return Union[tuple(api_type(arg) for arg in get_args(hint))]  # noqa: UP007
    if origin in (tuple, list):
        return list[api_type(get_args(hint)[0])]  # type: ignore[misc]
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum | dt.date):
            return str
        if issubclass(hint, Decimal):
            return float
        if dataclasses.is_dataclass(hint):
            return schema(hint)
    return hint


@cache
def schema(cls: type, name: str | None = None, base: type[Schema] = Schema) -> type[Schema]:
    """The response schema of a shaped dataclass, ``<Class>Out`` unless named; ``base``'s own
    fields (an answer that adds to the core's object) come first and its docstring describes
    the schema."""
    fields: dict[str, Any] = {
        key: (api_type(_hint(cls, attribute)), ...) for key, attribute in json_fields(cls)
    }
    doc = base.__doc__ if base is not Schema else None
    return create_model(name or f"{cls.__name__}Out", __base__=base, __doc__=doc, **fields)
