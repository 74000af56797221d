"""Validating packaged data with pydantic: one model per file shape, and one way to word errors.

Each loader declares the shape of one file's row or entry as a ``DataModel`` and turns
``pydantic.ValidationError`` into lines that name the file, the row and the field::

    legal_status.csv line 7 (US-TX), kratom_status: Input should be 'legal', ... (got 'allowed')

Pydantic is imported by the loaders only when they load (``import kratomwise.law`` stays fast;
the command line imports pydantic anyway through Typer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

__all__ = [
    "DataModel",
    "TypeAdapter",
    "ValidationError",
    "as_list",
    "error_lines",
    "none_if_blank",
]
MOST_ERRORS = 5  # an exception message lists this many problems, then says how many more


class DataModel(BaseModel):
    """A validated row or entry of a packaged file: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def none_if_blank(value: Any) -> Any:
    """An empty or blank cell means "not given"."""
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def as_list(value: Any) -> Any:
    """A YAML list may be left empty (``None``) or, for names, written as one name."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _field(loc: tuple[int | str, ...], data: Any) -> str:
    """``class_rules.3 (opioids).severity``: a list position also names its entry's id/name."""
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int) and isinstance(node, Sequence) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(part, str) and isinstance(node, Mapping):
            node = node.get(part)
        else:
            node = None
        ident = (node.get("id") or node.get("name")) if isinstance(node, Mapping) else None
        parts.append(f"{part} ({ident})" if isinstance(part, int) and ident else str(part))
    return ".".join(parts)


def error_lines(exc: ValidationError, where: str, data: Any = None) -> list[str]:
    """One line per problem: ``<where>, <field>: <message> (got <value>)``; with the
    validated ``data``, list positions in the field also name the entry's id or name."""
    lines: list[str] = []
    for error in exc.errors(include_url=False):
        if error["type"] == "value_error":  # our own validators' words, without "Value error, "
            message = str(error["ctx"]["error"])
        else:
            message = error["msg"]
            value = error.get("input")
            if isinstance(value, str | int | float) and error["type"] != "missing":
                message += f" (got {value!r})"
        field = _field(error["loc"], data)
        lines.append(f"{where}, {field}: {message}" if field else f"{where}: {message}")
    return lines


def error_message(exc: ValidationError, where: str, data: Any = None) -> str:
    """``error_lines`` as one message for an exception: the first few, then a count."""
    lines = error_lines(exc, where, data)
    more = len(lines) - MOST_ERRORS
    return "; ".join(lines[:MOST_ERRORS]) + (f"; and {more} more" if more > 0 else "")
