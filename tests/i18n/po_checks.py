"""Checks of a translation catalogue's entries, shared by the catalogue tests."""

from __future__ import annotations

import contextlib
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

# {n}, {name!r}, {0:.1f}; %(name)s, %(n)d; %s, %d (but not %% , a literal percent sign)
PLACEHOLDER = re.compile(
    r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%\([A-Za-z0-9_]+\)[sdifr]|%[sdif]"
)
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
FACT_ID = re.compile(r"\b(?=[0-9A-Z]*[A-Z])[0-9A-Z]{2,5}-\d{1,3}\b")  # IXN-02, 7OH-03


@dataclass(frozen=True)
class Entry:
    msgid: str
    forms: tuple[str, ...]  # msgid (and msgid_plural) sources
    strings: tuple[str, ...]  # msgstr or msgstr[0..n]
    fuzzy: bool
    plural: bool


@dataclass(frozen=True)
class Loaded:
    catalog: Catalog
    entries: list[Entry]
    problems: list[str]  # what Babel could not read (e.g. more plural forms than the language)


def load(path: Path) -> Loaded:
    printed = io.StringIO()
    with path.open("rb") as handle, contextlib.redirect_stdout(printed):
        catalog = read_po(handle)
    lines = printed.getvalue().splitlines()
    problems = [
        f"line {found.group(1)}: {lines[i - 1].removeprefix('WARNING: ')}"
        for i, line in enumerate(lines)
        if i and (found := re.match(r"WARNING: Problem on line (\d+)", line))
    ]
    return Loaded(catalog, [_entry(m) for m in catalog if m.id], problems)


def _entry(message: Message) -> Entry:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    raw = message.string
    strings = tuple(raw) if isinstance(raw, tuple | list) else (raw or "",)
    return Entry(ids[0], tuple(ids), tuple(s or "" for s in strings), message.fuzzy, len(ids) > 1)


def incomplete(loaded: Loaded) -> Iterator[str]:
    """Unreadable, untranslated, fuzzy, or with too few plural forms for the language."""
    yield from loaded.problems
    for e in loaded.entries:
        if e.fuzzy:
            yield f"fuzzy: {e.msgid[:70]!r}"
        elif not all(s.strip() for s in e.strings):
            yield f"untranslated: {e.msgid[:70]!r}"
        elif e.plural and len(e.strings) != loaded.catalog.num_plurals:
            count, wanted = len(e.strings), loaded.catalog.num_plurals
            yield f"{count} plural forms, the language has {wanted}: {e.msgid[:60]!r}"


def _same(pattern: re.Pattern[str], entry: Entry) -> Iterator[str]:
    source = Counter(pattern.findall(entry.forms[-1]))
    for text in entry.strings:
        if text and Counter(pattern.findall(text)) != source:
            missing = sorted((source - Counter(pattern.findall(text))).elements())
            extra = sorted((Counter(pattern.findall(text)) - source).elements())
            yield f"{entry.msgid[:60]!r}: missing {missing}, extra {extra}"


def placeholder_mismatches(entries: list[Entry]) -> Iterator[str]:
    for e in entries:
        yield from _same(PLACEHOLDER, e)


def tag_mismatches(entries: list[Entry]) -> Iterator[str]:
    for e in entries:
        yield from _same(TAG, e)


def _numbers_and_facts(text: str) -> set[str]:
    facts = set(FACT_ID.findall(text))
    # 13.5 and 13,5, 1,000 and 1.000 are the same number written for another language.
    numbers = {re.sub(r"[.,]", "", n) for n in NUMBER.findall(FACT_ID.sub(" ", text))}
    return numbers | facts


def lost_numbers_or_facts(entries: list[Entry]) -> Iterator[str]:
    """Every number and fact id of the source is in the translation (emergency numbers, doses
    as risk thresholds, citations): a translation may reorder them, never drop or change one."""
    for e in entries:
        needed = _numbers_and_facts(e.forms[-1])
        for text in e.strings:
            if text and (lost := sorted(needed - _numbers_and_facts(text))):
                yield f"{e.msgid[:60]!r}: lost {lost}"
