"""Name resolution: what people type -> substances in the table.

Order: exact generic/brand/alias name (also after dropping doses and words such as "tablets" or
"XR", and part by part for "A + B" or "Tylenol with codeine"); then, only for names the table
lacks, brand-to-generic through the optional drug-named-entity-recognition package; then fuzzy
matching for misspellings, which never guesses between two close candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kratomwise.interactions import library
from kratomwise.interactions.table import Entry, Table, compact, normalise_name
from kratomwise.shapes import Shaped

MATCH_KINDS: tuple[str, ...] = ("generic", "brand", "alias", "fuzzy")
SUGGESTIONS = 5  # "did you mean" names offered for an unresolved name
LIBRARY_CONFIDENCE = 0.9  # an exact hit in the drug-name library, mapped to our generic name
# A misspelling is accepted on its own only this close; anything looser stays unresolved (severity
# unknown) with "did you mean" names, so a spelling guess can never lower a severity
# ("meprobamate" is 3 edits from "yerba mate", a caffeine drink).
FUZZY_MAX_EDITS = 2
FUZZY_MIN_CONFIDENCE = 0.85

_NOISE = frozenset(
    [
        "pill",
        "pills",
        "tablet",
        "tablets",
        "tab",
        "tabs",
        "capsule",
        "capsules",
        "caps",
        "cap",
        "er",
        "xr",
        "sr",
        "cr",
        "ir",
        "xl",
        "la",
        "cd",
        "dr",
        "odt",
        "extended",
        "release",
        "immediate",
        "hcl",
        "hydrochloride",
        "sodium",
        "liquid",
        "syrup",
        "drops",
        "powder",
        "patch",
        "the",
        "my",
        "a",
        "some",
        "generic",
        "brand",
        "prescription",
        "rx",
    ]
)
# no start inside a run of spaces: each start would rescan the run (quadratic)
_SEPARATORS = re.compile(r"(?<!\s)\s*(?:/|\+|&|,|;|\band\b|\bwith\b|\bplus\b)\s*")


def max_edits(length: int) -> int:
    """How many typing mistakes a fuzzy match may contain for a name of ``length`` letters."""
    if length < 4:
        return 0
    if length <= 5:
        return 1
    if length <= 8:
        return 2
    return 3


@dataclass(frozen=True, slots=True)
class Resolution(Shaped):
    """What one typed name was resolved to (``names`` empty: unresolved)."""

    JSON: ClassVar[str] = "input names classes matched_by confidence"

    input: str
    names: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    matched_by: str | None = None  # generic | brand | alias | fuzzy
    confidence: float = 0.0
    matched_as: tuple[str, ...] = ()  # the table names it matched, e.g. ("Xanax",)
    suggestions: tuple[str, ...] = ()
    unknown_names: tuple[str, ...] = field(default=())  # recognised, but no data in our table

    @property
    def resolved(self) -> bool:
        return bool(self.names)

    @property
    def unmatched(self) -> Unresolved:
        """The name as the JSON lists it when it matched nothing."""
        return Unresolved(self.input, self.suggestions)


@dataclass(frozen=True, slots=True)
class Unresolved(Shaped):
    """A typed name that matched nothing, with the names it may have meant."""

    input: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Completion(Shaped):
    display: str  # the name as people write it ("Xanax")
    name: str  # the substance or product it stands for ("alprazolam")
    kind: str


def _offer(entry: Entry) -> str:
    """The name to offer in "did you mean": other names may be misspellings, so use the generic."""
    return entry.display if entry.kind in ("generic", "brand") else entry.name


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


class Resolver:
    def __init__(self, table: Table) -> None:
        self.table = table

    # -- public ---------------------------------------------------------------------------------

    def resolve(self, text: str, *, use_library: bool = True) -> Resolution:
        raw = text.strip()
        norm = normalise_name(raw)
        if not compact(norm):
            return Resolution(input=raw)
        found = self._exact(raw, norm)
        if found is not None:
            return found
        parts = [p for p in _SEPARATORS.split(norm) if compact(p)]
        if len(parts) > 1:
            combined = self._combined(raw, parts, use_library)
            if combined is not None:
                return combined
        if use_library:
            found = self._library(raw, norm)
            if found is not None:
                return found
        return self._fuzzy(raw, norm)

    def suggest(self, prefix: str, limit: int = 8) -> list[Completion]:
        key = compact(prefix)
        if not key or limit <= 0:
            return []
        hits = sorted(
            (e for k, _display, _name in self.table.prefixed(key) for e in self.table.index[k]),
            key=lambda e: (KIND_ORDER[e.kind], len(e.display), e.display),
        )
        out: dict[str, Completion] = {}  # one completion per substance
        for entry in hits:
            if entry.name not in out:
                out[entry.name] = Completion(_offer(entry), entry.name, entry.kind)
            if len(out) >= limit:
                break
        if len(out) < limit and len(key) >= 4:  # "codone" -> oxycodone, hydrocodone
            for k in self.table.keys:
                if len(out) >= limit:
                    break
                if key in k:
                    entry = self.table.index[k][0]
                    if entry.name not in out:
                        out[entry.name] = Completion(_offer(entry), entry.name, entry.kind)
        return list(out.values())

    # -- steps ----------------------------------------------------------------------------------

    def _from_entries(
        self, raw: str, entries: Sequence[Entry], kind: str | None = None, confidence: float = 1.0
    ) -> Resolution:
        distinct = _unique([e.name for e in entries])
        if len(distinct) > 1:  # one name for two things: ask rather than guess
            return Resolution(input=raw, suggestions=distinct)
        entry = entries[0]
        names = self.table.ingredients(entry.name)
        return Resolution(
            input=raw,
            names=names,
            classes=self.table.classes_of(names),
            matched_by=kind or entry.kind,
            confidence=confidence,
            matched_as=(raw if compact(raw) == compact(entry.display) else entry.display,),
        )

    def _exact(self, raw: str, norm: str) -> Resolution | None:
        entries = self.table.lookup(norm)
        if entries:
            return self._from_entries(raw, entries)
        words = [w for w in norm.split() if w not in _NOISE]
        if words and len(words) < len(norm.split()):
            entries = self.table.lookup(" ".join(words))
            if entries:
                return self._from_entries(raw, entries)
        if len(words) > 1:  # "xanax bars", "oxy and beer": every word a known name
            per_word = [self.table.lookup(w) for w in words]
            if all(per_word):
                if len({e.name for entries in per_word for e in entries}) == 1:
                    return self._from_entries(raw, per_word[0])
                return self._combined(raw, words, use_library=False)
        return None

    def _combined(self, raw: str, parts: Sequence[str], use_library: bool) -> Resolution | None:
        pieces = [self.resolve(p, use_library=use_library) for p in parts]
        if not all(p.resolved for p in pieces):
            return None
        kinds = [p.matched_by or "fuzzy" for p in pieces]
        names = _unique([n for p in pieces for n in p.names])
        return Resolution(
            input=raw,
            names=names,
            classes=self.table.classes_of(names),
            matched_by="fuzzy" if "fuzzy" in kinds else kinds[0],
            confidence=min(p.confidence for p in pieces),
            matched_as=tuple(m for p in pieces for m in p.matched_as),
            unknown_names=_unique([n for p in pieces for n in p.unknown_names]),
        )

    def _library(self, raw: str, norm: str) -> Resolution | None:
        found = library.lookup(norm)
        if not found:
            return None
        names: list[str] = []
        unknown: list[str] = []
        for lib_name in found:
            for part in _SEPARATORS.split(lib_name):
                if not compact(part):
                    continue
                entries = self.table.lookup(part)
                distinct = _unique([e.name for e in entries])
                if len(distinct) == 1:
                    names.extend(self.table.ingredients(distinct[0]))
                else:
                    generic = normalise_name(part)
                    names.append(generic)
                    unknown.append(generic)
        if not names:
            return None
        is_generic = any(compact(n) == compact(norm) for n in found)
        names_t = _unique(names)
        return Resolution(
            input=raw,
            names=names_t,
            classes=self.table.classes_of(names_t),
            matched_by="generic" if is_generic else "brand",
            confidence=1.0 if is_generic else LIBRARY_CONFIDENCE,
            matched_as=tuple(found),
            unknown_names=_unique(unknown),
        )

    def _candidates(self, key: str, reach: int) -> list[tuple[int, str, Entry]]:
        """Closest table names within ``reach`` edits, best per substance, closest first."""
        results = process.extract(
            key, self.table.keys, scorer=OSA.distance, limit=40, score_cutoff=reach
        )
        best: dict[str, tuple[int, str, Entry]] = {}
        for k, dist, _i in results:
            for entry in self.table.index[k]:
                if entry.name not in best or dist < best[entry.name][0]:
                    best[entry.name] = (int(dist), k, entry)
        return sorted(best.values(), key=lambda t: (t[0], KIND_ORDER[t[2].kind], t[1]))

    def _fuzzy(self, raw: str, norm: str) -> Resolution:
        key = compact(norm)
        allowed = max_edits(len(key))
        ranked = self._candidates(key, allowed + 1) if len(key) >= 3 else []
        if ranked and ranked[0][0] <= allowed:
            dist, k, entry = ranked[0]
            runner_up = ranked[1][0] if len(ranked) > 1 else None
            close = runner_up is not None and (
                runner_up == dist or (runner_up == dist + 1 and dist >= 2)
            )
            confidence = round(1 - dist / max(len(key), len(k)), 2)
            if not close and dist <= FUZZY_MAX_EDITS and confidence >= FUZZY_MIN_CONFIDENCE:
                return self._from_entries(raw, [entry], kind="fuzzy", confidence=confidence)
        offered: dict[str, str] = {}  # substance -> the name to offer for it
        if len(key) >= 3:
            hits = sorted(
                (e for k, _display, _name in self.table.prefixed(key) for e in self.table.index[k]),
                key=lambda e: (KIND_ORDER[e.kind], len(e.display), e.display),
            )
            for hit in hits:
                offered.setdefault(hit.name, _offer(hit))
        for d, _k, entry in ranked:
            if d <= max(1, len(key) // 3):
                offered.setdefault(entry.name, _offer(entry))
        suggestions = list(offered.values())[:SUGGESTIONS]
        return Resolution(input=raw, suggestions=_unique(suggestions))


KIND_ORDER = {kind: i for i, kind in enumerate(MATCH_KINDS)}
