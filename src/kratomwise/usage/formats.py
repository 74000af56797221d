"""One entry point for every file the journal reads: CSV, kratomwise JSON, PsychonautWiki JSON."""

from __future__ import annotations

import datetime as dt

from kratomwise.usage import psychonautwiki
from kratomwise.usage.csvformat import FormatError, parse_csv
from kratomwise.usage.jsonformat import entries_from_data, is_kratomwise_json, parse_json_text
from kratomwise.usage.model import Entry


def read_entries(text: str, tz: dt.tzinfo = dt.UTC) -> tuple[str, list[Entry]]:
    """(format name, entries) for ``text``; FormatError on the first problem, all or nothing.

    ``tz`` only matters for PsychonautWiki files, whose times carry no offset.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise FormatError("the file is empty")
    if stripped[0] in "{[":
        data = parse_json_text(stripped)
        if is_kratomwise_json(data):
            return "json", entries_from_data(data)
        if psychonautwiki.looks_like_export(data):
            return "psychonautwiki", psychonautwiki.parse(data, tz)
        raise FormatError(
            "JSON file not recognised: expected a kratomwise or PsychonautWiki Journal export"
        )
    return "csv", parse_csv(text)
