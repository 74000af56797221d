"""Validating packaged data with pydantic: one model per file shape, and one way to word errors.

Each loader declares the shape of one file's row or entry as a ``DataModel`` and turns
``pydantic.ValidationError`` into lines that name the file, the row and the field::

    legal_status.csv line 7 (US-TX): kratom_status: Input should be 'legal', ... (got 'allowed')
    rules.yaml: class_rules[3] (opioids).severity: 'bad' is not one of dangerous, ...

Pydantic is imported by the loaders only when they load (``import kratomwise.law`` stays fast:
importing this module costs about 0.13 s). ``kratomwise check`` pays that anyway (the command
line and the kratom names of the interaction table load it), so the claim registry read on every
check is validated here too (``claims/registry_record.py``: about 6 ms for its entries).
"""

from __future__ import annotations

from collections.abc import Mapping
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
_NAMING = ("id", "name", "code")  # keys that name an entry in an error's location
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


def _name_of(entry: Any) -> str | None:
    if not isinstance(entry, Mapping):
        return None
    names = [entry.get(key) for key in _NAMING]
    return next((name for name in names if isinstance(name, str) and name), None)


def _field(loc: tuple[int | str, ...], data: Any) -> str:
    """``codes[3] (blue_lips).level``: a list position also names its entry (id, name, code)."""
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            name = _name_of(node)
            parts.append(f"[{part}] ({name})" if name else f"[{part}]")
        else:
            node = node.get(part) if isinstance(node, Mapping) else None
            parts.append(f".{part}")
    return "".join(parts).lstrip(".")


def error_lines(exc: ValidationError, where: str, data: Any = None) -> list[str]:
    """One line per problem: ``<where>: <field>: <message> (got <value>)``; with the
    validated ``data``, list positions in the field also name their entry."""
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
        lines.append(f"{where}: {field}: {message}" if field else f"{where}: {message}")
    return lines


def error_message(exc: ValidationError, where: str, data: Any = None) -> str:
    """``error_lines`` as one message for an exception: the first few, then a count."""
    lines = error_lines(exc, where, data)
    more = len(lines) - MOST_ERRORS
    return "; ".join(lines[:MOST_ERRORS]) + (f"; and {more} more" if more > 0 else "")
