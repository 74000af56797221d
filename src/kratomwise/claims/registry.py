"""The registry of canonical claims (``data/registry.yaml``): load, validate and match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from kratomwise.claims.lexicon import compile_pattern, lexicon, load_yaml
from kratomwise.claims.model import Verdict

FUZZY_CUTOFF = 88.0  # rapidfuzz token_set_ratio a paraphrase must reach to count as a match

_FLIP = {
    Verdict.supported: Verdict.contradicted,
    Verdict.contradicted: Verdict.supported,
    Verdict.unsupported: Verdict.supported,
}


class RegistryError(ValueError):
    """The packaged registry is malformed."""


class LazyPattern:
    """A registry pattern compiled on its first use: checking one sentence reaches only the
    patterns of entries whose cheaper patterns matched, so most are never compiled in a
    one-sentence run (command-line start-up)."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_pattern(self.source)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


Single = re.Pattern[str] | LazyPattern
Pattern = Single | tuple[Single, ...]  # a tuple: any of these patterns
Seen = dict[Single, re.Match[str] | None]


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    all: tuple[Pattern, ...]
    none: tuple[Pattern, ...]
    verdict: Verdict
    negated: Verdict
    absolute: Verdict | None
    facts: tuple[str, ...]
    reason: str
    reason_negated: str
    disease: bool
    numbers: bool
    years: bool
    priority: int
    kratom: bool
    paraphrases: tuple[str, ...]

    def anchor(self, text: str, seen: Seen | None = None) -> re.Match[str] | None:
        """The anchor match when every pattern matches and no exclusion does.

        ``seen`` caches searches for one text: many entries share patterns (7-OH, FDA ...).
        """
        seen = {} if seen is None else seen
        for pattern in self.all[1:]:  # often narrower than the anchor: a cheap early exit
            if _search(pattern, text, seen) is None:
                return None
        first = _search(self.all[0], text, seen)
        if first is None:
            return None
        for pattern in self.none:
            if _search(pattern, text, seen) is not None:
                return None
        return first


_LEXICON_PREFIX = re.compile(r"^<<(\w+)>>\|")


@cache
def _shared_pattern(source: str) -> Pattern:
    """One compiled object per pattern text, so that equal patterns are searched once.

    A pattern that starts with a lexicon placeholder ("<<therapeutic>>|...") becomes a pair:
    the lexicon's own compiled pattern, searched once per sentence for every entry, and the rest.
    """
    prefix = _LEXICON_PREFIX.match(source.strip())
    if prefix is not None:
        shared = getattr(lexicon(), prefix.group(1))
        return (shared, LazyPattern(source.strip()[prefix.end() :]))
    return LazyPattern(source)


def _search(pattern: Pattern, text: str, seen: Seen) -> re.Match[str] | None:
    if isinstance(pattern, tuple):
        found = [m for m in (_search(p, text, seen) for p in pattern) if m is not None]
        return min(found, key=lambda m: m.start()) if found else None
    if pattern not in seen:
        seen[pattern] = pattern.search(text)
    return seen[pattern]


def _compile_now(pattern: Pattern) -> None:
    for single in pattern if isinstance(pattern, tuple) else (pattern,):
        if isinstance(single, LazyPattern):
            single.compiled  # noqa: B018 (compiling is the point: a bad pattern raises here)


def parse_entry(raw: dict[str, Any], *, lazy: bool = False) -> Entry:
    """One entry; ``lazy`` leaves its patterns to be compiled on first use (the packaged
    registry: ``tests/claims`` compiles every one of them)."""
    from kratomwise.claims.registry_record import EntryRecord
    from kratomwise.datamodel import ValidationError, error_message

    where = f"registry:{raw.get('id', '?') if isinstance(raw, dict) else '?'}"
    try:
        record = EntryRecord.model_validate(raw)
    except ValidationError as exc:
        raise RegistryError(error_message(exc, where, raw)) from None
    try:
        patterns = tuple(_shared_pattern(p) for p in record.all)
        excluded = tuple(_shared_pattern(p) for p in record.none)
        if not lazy:
            for pattern in patterns + excluded:
                _compile_now(pattern)
    except re.error as exc:
        raise RegistryError(f"{where}: bad pattern: {exc}") from exc
    return Entry(  # the record's fields, with patterns compiled and defaults filled
        **dict(record)
        | {
            "all": patterns,
            "none": excluded,
            "negated": record.negated or _FLIP[record.verdict],
            "reason": " ".join(record.reason.split()),
            "reason_negated": " ".join((record.reason_negated or record.reason).split()),
        }
    )


@cache
def entries() -> tuple[Entry, ...]:
    raw = load_yaml("registry.yaml")
    if not isinstance(raw, list):
        raise RegistryError("registry.yaml: expected a list of entries")
    parsed = tuple(parse_entry(item, lazy=True) for item in raw)
    ids = [e.id for e in parsed]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RegistryError(f"registry.yaml: duplicate ids {sorted(duplicates)}")
    return parsed


def compile_all() -> int:
    """Compile every packaged pattern now (warm-up for long runs and the test suite); returns
    how many there are."""
    count = 0
    for entry in entries():
        for pattern in entry.all + entry.none:
            _compile_now(pattern)
            count += len(pattern) if isinstance(pattern, tuple) else 1
    return count


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int
    end: int


def match_all(text: str, about_kratom: bool) -> list[Match]:
    """Every entry whose patterns match ``text``, best first (priority, then file order)."""
    found: list[Match] = []
    seen: Seen = {}
    for entry in entries():
        if entry.kratom and not about_kratom:
            continue
        anchor = entry.anchor(text, seen)
        if anchor is not None:
            found.append(Match(entry, anchor.start(), anchor.end()))
    found.sort(key=lambda m: -m.entry.priority)
    return found


@cache
def _paraphrases() -> tuple[list[str], list[Entry]]:
    texts: list[str] = []
    owners: list[Entry] = []
    for entry in entries():
        for paraphrase in entry.paraphrases:
            texts.append(paraphrase.lower())
            owners.append(entry)
    return texts, owners


def fuzzy_match(text: str) -> Entry | None:
    """The entry whose example wording is closest to ``text`` (rapidfuzz), if close enough."""
    texts, owners = _paraphrases()
    if not texts:
        return None
    best = process.extractOne(
        text.lower(), texts, scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_CUTOFF
    )
    if best is None:
        return None
    return owners[best[2]]
