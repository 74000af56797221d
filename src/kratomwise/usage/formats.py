"""One entry point for every file the journal reads: CSV, kratomwise JSON, PsychonautWiki JSON."""

from __future__ import annotations

import datetime as dt

from kratomwise.usage import psychonautwiki
from kratomwise.usage.csvformat import FormatError, parse_csv
from kratomwise.usage.jsonformat import entries_from_data, is_kratomwise_json, parse_json_text
from kratomwise.usage.model import Entry

# The largest journal file read at once, set from measured cost so that importing or analysing
# it finishes within 10 s on one core (benchmarks/journal_import.py, BENCHMARKS.md): 10,000 rows
# with notes import in about 0.5 s of CPU, and 10,000 rows that each name a different substance
# (the costliest names) parse and analyse in about 7 s.
MAX_ENTRIES = 10_000
MAX_CHARS = 1_000_000


def read_entries(text: str, tz: dt.tzinfo = dt.UTC) -> tuple[str, list[Entry]]:
    """(format name, entries) for ``text``; FormatError on the first problem, all or nothing.

    ``tz`` only matters for PsychonautWiki files, whose times carry no offset.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise FormatError("the file is empty")
    if len(text) > MAX_CHARS:
        raise FormatError(f"the file is larger than {MAX_CHARS:,} characters; split it into parts")
    if stripped[0] in "{[":
        data = parse_json_text(stripped)
        if is_kratomwise_json(data):
            return "json", _bounded(entries_from_data(data))
        if psychonautwiki.looks_like_export(data):
            return "psychonautwiki", _bounded(psychonautwiki.parse(data, tz))
        raise FormatError(
            "JSON file not recognised: expected a kratomwise or PsychonautWiki Journal export"
        )
    return "csv", _bounded(parse_csv(text))


def _bounded(entries: list[Entry]) -> list[Entry]:
    if len(entries) > MAX_ENTRIES:
        raise FormatError(
            f"the file has {len(entries):,} entries; at most {MAX_ENTRIES:,} can be read at once, "
            "so split it into parts"
        )
    return entries
