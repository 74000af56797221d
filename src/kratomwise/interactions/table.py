"""The substance table: substances, their classes and the names people use for them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kratomwise.text import fold, normalise
from kratomwise.yamldata import load_yaml

# Kinds of name, in the order used when one key could mean several things.
KINDS: tuple[str, ...] = ("generic", "brand", "alias")
SUBSTANCES_FILE = "substances.yaml"
CLASSES_FILE = "classes.yaml"
# The table's names for plain kratom and for concentrated 7-OH products: the kratom entry's
# aliases are the one kratom vocabulary (journal, claims, interaction checks).
KRATOM = "kratom"
SEVEN_OH = "7-hydroxymitragynine"


class TableError(ValueError):
    """The packaged substance or class table is malformed."""


@dataclass(frozen=True, slots=True)
class ClassInfo:
    id: str
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class Substance:
    name: str
    classes: tuple[str, ...]
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    combination_of: tuple[str, ...] = ()

    @property
    def is_combination(self) -> bool:
        return bool(self.combination_of)


@dataclass(frozen=True, slots=True)
class Entry:
    """One name in the index: what it points to and what kind of name it is."""

    name: str  # the substance (or combination product) it names
    kind: str  # generic | brand | alias
    display: str  # the name as written in the table


_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|gr|grams?|ml|l|%|iu|units?|caps?|tabs?)\b", re.I
)
_COMPACT = re.compile(r"[^a-z0-9]+")


def normalise_name(text: str) -> str:
    """Folded (lower case, no accents), doses removed, punctuation reduced, spaces collapsed."""
    return normalise(_DOSE.sub(" ", fold(text)), keep="+/&'-")


def compact(text: str) -> str:
    """The matching key: letters and digits only ("7-OH" -> "7oh", "St. John's" -> "stjohns")."""
    return _COMPACT.sub("", normalise_name(text))


class Table:
    """Substances and classes with indexes for exact, prefix and fuzzy lookup."""

    def __init__(self, substances: Iterable[Substance], classes: Iterable[ClassInfo]) -> None:
        self.classes: dict[str, ClassInfo] = {c.id: c for c in classes}
        self.substances: dict[str, Substance] = {}
        for sub in substances:
            if sub.name in self.substances:
                raise TableError(f"duplicate substance {sub.name!r}")
            self.substances[sub.name] = sub
        self._validate()
        self.class_order = {cid: i for i, cid in enumerate(self.classes)}
        self.index: dict[str, tuple[Entry, ...]] = {}
        self._build_index()
        self.keys: list[str] = sorted(self.index)
        # autocomplete: (compact key, display, name) sorted by key
        completions = {
            (key, entry.display, entry.name)
            for key, entries in self.index.items()
            for entry in entries
        }
        self.completions: list[tuple[str, str, str]] = sorted(completions)
        self._completion_keys = [c[0] for c in self.completions]

    # -- construction -------------------------------------------------------------------------

    def _validate(self) -> None:
        for sub in self.substances.values():
            if sub.name != sub.name.strip().lower() or not sub.name:
                raise TableError(f"substance name {sub.name!r} must be lower-case")
            unknown = [c for c in sub.classes if c not in self.classes]
            if unknown:
                raise TableError(f"{sub.name}: unknown classes {unknown}")
            missing = [n for n in sub.combination_of if n not in self.substances]
            if missing:
                raise TableError(
                    f"{sub.name}: combination_of names missing from the table {missing}"
                )
            if any(self.substances[n].is_combination for n in sub.combination_of):
                raise TableError(f"{sub.name}: a combination may not contain another combination")

    def _build_index(self) -> None:
        pending: dict[str, list[Entry]] = {}
        for sub in self.substances.values():
            named = [(b, "brand") for b in sub.brands]  # a product's brand spelling first
            named.insert(
                0 if not sub.is_combination else len(named),
                (sub.name, "generic" if not sub.is_combination else "brand"),
            )
            named += [(a, "alias") for a in sub.aliases]
            for display, kind in named:
                key = compact(display)
                if not key:
                    continue
                entries = pending.setdefault(key, [])
                if any(e.name == sub.name for e in entries):
                    continue
                entries.append(Entry(sub.name, kind, display))
        for key, entries in pending.items():
            entries.sort(key=lambda e: KINDS.index(e.kind))
            self.index[key] = tuple(entries)

    # -- queries --------------------------------------------------------------------------------

    def ingredients(self, name: str) -> tuple[str, ...]:
        """The single substances a name stands for (a combination's parts, else itself)."""
        sub = self.substances[name]
        return sub.combination_of or (sub.name,)

    def classes_of(self, names: Iterable[str]) -> tuple[str, ...]:
        found: set[str] = set()
        for name in names:
            sub = self.substances.get(name)
            if sub is not None:
                found.update(sub.classes)
                for part in sub.combination_of:
                    found.update(self.substances[part].classes)
        return tuple(sorted(found, key=lambda c: self.class_order.get(c, 999)))

    def names_of(self, name: str) -> tuple[str, ...]:
        """Every name the table gives substance ``name``, as written there: the generic name,
        then brands, then other names."""
        sub = self.substances[name]
        return (sub.name, *sub.brands, *sub.aliases)

    def lookup(self, text: str) -> tuple[Entry, ...]:
        return self.index.get(compact(text), ())

    def ambiguous_keys(self) -> dict[str, tuple[str, ...]]:
        """Keys that name more than one substance (the table should have none)."""
        return {
            key: tuple(e.name for e in entries)
            for key, entries in self.index.items()
            if len({e.name for e in entries}) > 1
        }

    def prefixed(self, prefix_key: str) -> list[tuple[str, str, str]]:
        """Completions whose key starts with ``prefix_key`` (a compact key)."""
        if not prefix_key:
            return []
        start = bisect_left(self._completion_keys, prefix_key)
        found = []
        for i in range(start, len(self.completions)):
            if not self._completion_keys[i].startswith(prefix_key):
                break
            found.append(self.completions[i])
        return found


def _parse_classes(raw: Any) -> list[ClassInfo]:
    from kratomwise.datamodel import TypeAdapter, ValidationError, error_message
    from kratomwise.interactions.records import ClassRecord

    try:
        classes = TypeAdapter(dict[str, ClassRecord]).validate_python(raw)
    except ValidationError as exc:
        raise TableError(error_message(exc, CLASSES_FILE, raw)) from None
    return [ClassInfo(cid, info.label, info.description) for cid, info in classes.items()]


def _parse_substances(raw: Any) -> list[Substance]:
    from kratomwise.datamodel import TypeAdapter, ValidationError, error_message
    from kratomwise.interactions.records import SubstanceRecord

    try:
        subs = TypeAdapter(list[SubstanceRecord]).validate_python(raw or [])
    except ValidationError as exc:
        raise TableError(error_message(exc, SUBSTANCES_FILE, raw)) from None
    return [
        Substance(
            name=sub.name,
            classes=sub.classes,
            brands=sub.aliases.brand,
            aliases=sub.aliases.alias,
            combination_of=sub.combination_of,
        )
        for sub in subs
    ]


def _read(name: str) -> Any:
    text = resources.files("kratomwise.interactions").joinpath(f"data/{name}").read_text("utf-8")
    return load_yaml(text)


@cache
def load_classes() -> dict[str, ClassInfo]:
    return {info.id: info for info in _parse_classes(_read(CLASSES_FILE))}


@cache
def default_table() -> Table:
    """The packaged table (data/substances.yaml and data/classes.yaml), loaded once."""
    return Table(_parse_substances(_read(SUBSTANCES_FILE)), load_classes().values())


def load_table(substances_yaml: str, classes_yaml: str | None = None) -> Table:
    """Build a table from YAML text (tests and tools); classes default to the packaged ones."""
    classes = _parse_classes(load_yaml(classes_yaml)) if classes_yaml else load_classes().values()
    return Table(_parse_substances(load_yaml(substances_yaml)), classes)
