"""Validating packaged data with pydantic: one model per file shape, and one way to word errors.

Each loader declares the shape of one file's row or entry as a ``DataModel`` and turns
``pydantic.ValidationError`` into lines that name the file, the row and the field::

    legal_status.csv line 7 (US-TX), kratom_status: Input should be 'legal', ... (got 'allowed')

Pydantic is imported by the loaders only when they load (``import kratomwise.law`` stays fast;
the command line imports pydantic anyway through Typer).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

__all__ = ["DataModel", "ValidationError", "error_lines", "none_if_blank", "words_list"]


class DataModel(BaseModel):
    """A validated row or entry of a packaged file: immutable, unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def none_if_blank(value: Any) -> Any:
    """An empty or blank cell means "not given"."""
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def words_list(value: Any) -> Any:
    """A YAML list of names may be written as one name or left empty."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _field(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def error_lines(exc: ValidationError, where: str) -> list[str]:
    """One line per problem: ``<where>, <field>: <message> (got <value>)``."""
    lines: list[str] = []
    for error in exc.errors(include_url=False):
        if error["type"] == "value_error":  # our own validators' words, without "Value error, "
            message = str(error["ctx"]["error"])
        else:
            message = error["msg"]
            value = error.get("input")
            if isinstance(value, str | int | float) and error["type"] != "missing":
                message += f" (got {value!r})"
        field = _field(error["loc"])
        lines.append(f"{where}, {field}: {message}" if field else f"{where}: {message}")
    return lines
