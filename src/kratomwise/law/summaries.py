"""Plain-language summaries of each row's ``requirements`` cell (``data/requirements.yaml``).

The CSV's requirements text is the reference's wording; people only ever see our own summary
of it. Each summary records the SHA-1 of the cell it was written from (``source_sha1``), so a
refreshed reference whose cell changed is caught: ``validate_csv`` / ``kratomwise law-validate``
report "summary out of date for <code>" and a maintainer rewrites it. At run time the loader
keeps showing the old summary rather than failing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

import yaml

from kratomwise.yamldata import load_yaml

SUMMARY_FILE = "data/requirements.yaml"
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
# Past this many words a summary is too long to read first on a phone: it needs a ``brief``.
LONG_SUMMARY_WORDS = 90


@dataclass(frozen=True)
class Summary:
    """Our own-words summary of one row's requirements and the hash of the text it covers."""

    text: str
    source_sha1: str
    brief: str = ""  # optional short version, shown first when the summary is long


def cell_sha1(cell: str) -> str:
    """SHA-1 (hex) of a requirements cell exactly as it is in the CSV."""
    return hashlib.sha1(cell.encode("utf-8")).hexdigest()


def parse_summaries(text: str) -> dict[str, Summary]:
    """Parse the YAML mapping ``code: {summary, source_sha1}``; ValueError on a bad shape."""
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"requirements.yaml is not valid YAML ({exc})") from exc
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError("requirements.yaml must map jurisdiction codes to entries")
    summaries: dict[str, Summary] = {}
    for code, entry in raw.items():
        if not isinstance(code, str) or not isinstance(entry, dict):
            raise ValueError(f"requirements.yaml: entry {code!r} is not code: {{summary, ...}}")
        summary, sha1 = entry.get("summary"), entry.get("source_sha1")
        if not isinstance(summary, str) or not summary.strip():
            raise ValueError(f"requirements.yaml: {code}: summary is missing or empty")
        if not isinstance(sha1, str) or not _SHA1.match(sha1):
            raise ValueError(f"requirements.yaml: {code}: source_sha1 is not 40 hex digits")
        brief = entry.get("brief", "")
        if not isinstance(brief, str):
            raise ValueError(f"requirements.yaml: {code}: brief must be text")
        summaries[code] = Summary(
            text=" ".join(summary.split()), source_sha1=sha1, brief=" ".join(brief.split())
        )
    return summaries


def packaged_summary_text() -> str:
    return resources.files("kratomwise.law").joinpath(SUMMARY_FILE).read_text(encoding="utf-8")


@cache
def packaged_summaries() -> Mapping[str, Summary]:
    """The packaged summaries (raises ValueError if the packaged file is malformed)."""
    return MappingProxyType(parse_summaries(packaged_summary_text()))


def summary_problem(code: str, cell: str, summaries: Mapping[str, Summary]) -> str | None:
    """Why ``code``'s summary cannot be trusted for this cell, or None when it is current.

    An empty cell needs no summary.
    """
    if not cell.strip():
        return None
    summary = summaries.get(code)
    if summary is None:
        return (
            f"no summary for {code}: write one in our own words in requirements.yaml "
            f"(source_sha1: {cell_sha1(cell)})"
        )
    if summary.source_sha1 != cell_sha1(cell):
        return (
            f"summary out of date for {code}: its requirements text changed; rewrite the "
            f"summary in requirements.yaml and set source_sha1: {cell_sha1(cell)}"
        )
    return None
