"""The journal JSON format: the same fields as the CSV, as one object."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from kratomwise.usage.csvformat import (
    COLUMNS,
    FormatError,
    entry_from_fields,
    format_amount,
)
from kratomwise.usage.model import Entry

FORMAT_NAME = "kratomwise-journal"
FORMAT_VERSION = 1


def format_json(entries: Iterable[Entry]) -> str:
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "entries": [e.as_dict() for e in sorted(entries, key=lambda e: e.taken_at)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _text(value: Any, column: str, number: int) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise FormatError("must be text or a number", number, column, unit="entry")
    if isinstance(value, float):
        return format_amount(value)
    return str(value)


def is_kratomwise_json(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def entries_from_data(data: Any) -> list[Entry]:
    """Entries from parsed kratomwise JSON, or FormatError naming the entry and field."""
    if not is_kratomwise_json(data):
        raise FormatError(f'not a kratomwise journal file (expected "format": "{FORMAT_NAME}")')
    items = data.get("entries")
    if not isinstance(items, list):
        raise FormatError('"entries" must be a list')
    entries = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise FormatError("must be an object", number, unit="entry")
        unknown = sorted(set(item) - set(COLUMNS))
        if unknown:
            raise FormatError(f"unknown field(s) {', '.join(unknown)}", number, unit="entry")
        fields = {c: _text(item.get(c), c, number) for c in COLUMNS}
        entries.append(entry_from_fields(fields, number, unit="entry"))
    return entries


def parse_json_text(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:  # thousands of nested brackets: no journal file looks like that
        raise FormatError("not a journal file: the JSON is nested too deeply") from None
