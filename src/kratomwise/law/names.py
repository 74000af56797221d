"""Turn what a person types ("texas", "Denver", "Kuala Lumpur", "US-CO:denver") into a code.

Order of attempts, first that decides wins:

1. a code (``TH``, ``us-tx``, ``US-CO:denver``; a bare US postal abbreviation such as ``TX``);
2. an exact name: a row's name, an ISO country or subdivision name, or a short alias below;
3. "Place, Region" ("Austin, TX", "Denver, Colorado"): the row named Place under Region, or,
   if there is none, a place of that name inside Region (answered from Region's layers);
4. every word of the query appears in exactly one place's name ("Orange" → Orange County);
5. a typo-tolerant match (rapidfuzz) scoring at least ``FUZZY_CUTOFF``.

Several equally good places → ``Ambiguous``; nothing good enough → ``NoMatch`` with
suggestions. Country and subdivision names come from pycountry (offline ISO 3166 tables), so
"Kuala Lumpur" resolves to the Malaysian subdivision MY-14 even though no row exists for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry
from rapidfuzz import fuzz, process

from kratomwise.i18n import _
from kratomwise.law.loader import load
from kratomwise.law.model import Level, parent_codes
from kratomwise.law.places import (
    country_name,
    is_country,
    is_subdivision,
    parse_code,
    subdivision_name,
)
from kratomwise.shapes import Shaped
from kratomwise.text import normalise, slug

FUZZY_CUTOFF = 85.0  # rapidfuzz ratio (0-100) a typo must reach to count as a match
FUZZY_TIE = 2.0  # places scoring within this of the best are treated as equally good
SUGGESTION_CUTOFF = 60.0
MAX_CANDIDATES = 12
MAX_QUERY = 200  # characters; longer text cannot be a place name

# Everyday names that ISO tables do not carry (our own short list, no outside data).
ALIASES: dict[str, str] = {
    "usa": "US",
    "america": "US",
    "united states federal": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "holland": "NL",
    "burma": "MM",
    "bangkok": "TH-10",
    "washington dc": "US-DC",
    "washington d c": "US-DC",
}


@dataclass(frozen=True)
class Candidate(Shaped):
    """A place a query might mean."""

    code: str
    name: str
    level: Level
    has_data: bool

    def label(self) -> str:
        """``Georgia (US-GA, state)``; places without any data say so."""
        extra = "" if self.has_data else ", no data"
        return f"{self.name} ({self.code}, {self.level.value}{extra})"


@dataclass(frozen=True)
class Resolved:
    """A query resolved to one code, which may or may not have a row of its own."""

    code: str
    name: str
    level: Level
    notes: tuple[str, ...] = ()


class PlaceNotFound(LookupError):
    """Nothing matched; ``suggestions`` are places with data that look close."""

    def __init__(self, query: str, suggestions: list[Candidate], reason: str = "") -> None:
        self.query = query
        self.suggestions = suggestions
        self.reason = reason
        super().__init__(reason or f"no place matches {query!r}")


class AmbiguousPlace(LookupError):
    """Several places match equally well; the person must choose (e.g. by code)."""

    def __init__(self, query: str, candidates: list[Candidate]) -> None:
        self.query = query
        self.candidates = candidates
        super().__init__(f"{query!r} matches several places")


def describe(code: str) -> Candidate:
    """Name and level of any code: a row's own, else from ISO tables or the slug."""
    row = load().get(code)
    if row is not None:
        return Candidate(code, row.name, row.level, True)
    parsed = parse_code(code, strict=True)
    has_data = any(load().get(parent) for parent in _chain(code))
    if parsed is None:
        return Candidate(code, code, Level.country, has_data)
    if parsed.slug is not None:
        name = (
            f"{parsed.slug.replace('-', ' ').title()}, {subdivision_name(parsed.subdivision or '')}"
        )
    elif parsed.subdivision is not None:
        name = f"{subdivision_name(parsed.subdivision)}, {country_name(parsed.country)}"
    else:
        name = country_name(parsed.country)
    return Candidate(code, name, parsed.level_hint, has_data)


def _chain(code: str) -> tuple[str, ...]:
    return (*parent_codes(code), code)


@dataclass(frozen=True)
class _Index:
    names: tuple[str, ...]  # normalised aliases
    targets: tuple[str, ...]  # code for each alias (same position)
    tokens: tuple[frozenset[str], ...]


@cache
def _index() -> _Index:
    data = load()
    entries: list[tuple[str, str]] = []

    def add(name: str, code: str) -> None:
        norm = normalise(name)
        if norm:
            entries.append((norm, code))

    for row in data.rows:
        add(row.name, row.code)
        plain = re.sub(r"\(.*?\)", "", row.name)
        add(plain, row.code)
        add(plain.split(",")[0], row.code)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                add(str(value), str(country.alpha_2))
    with_rows = {row.country_code for row in data.rows}
    for sub in pycountry.subdivisions:
        if sub.country_code in with_rows:
            add(str(sub.name), str(sub.code))
    for alias, code in ALIASES.items():
        add(alias, code)
    unique = list(dict.fromkeys(entries))
    return _Index(
        names=tuple(name for name, _ in unique),
        targets=tuple(code for _, code in unique),
        tokens=tuple(frozenset(name.split()) for name, _ in unique),
    )


def _candidates(codes: Iterable[str]) -> list[Candidate]:
    found = [describe(code) for code in dict.fromkeys(codes)]
    found.sort(key=lambda c: (not c.has_data, c.code.count("-") + c.code.count(":"), c.name))
    return found[:MAX_CANDIDATES]


def _decide(query: str, codes: list[str]) -> Resolved | None:
    distinct = list(dict.fromkeys(codes))
    # Puerto Rico, Guam ... have an ISO country code and are also US subdivisions (US-PR):
    # the same territory, so keep the US form, which has the federal layer above it.
    distinct = [c for c in distinct if not (len(c) == 2 and f"US-{c}" in distinct)]
    if not distinct:
        return None
    if len(distinct) > 1:
        raise AmbiguousPlace(query, _candidates(distinct))
    cand = describe(distinct[0])
    return Resolved(cand.code, cand.name, cand.level)


def _two_letter(query: str, letters: str) -> Resolved | None:
    """``CA`` is Canada (a country with data) before California; ``TX`` can only be Texas."""
    data = load()
    state = f"US-{letters}"
    state_ok = is_subdivision(state)
    if is_country(letters) and (data.get(letters) is not None or not state_ok):
        cand = describe(letters)
        notes: tuple[str, ...] = ()
        if state_ok:
            notes = (
                f"{letters} is read as {cand.name}; for {subdivision_name(state)} use {state}.",
            )
        return Resolved(cand.code, cand.name, cand.level, notes)
    if state_ok:
        cand = describe(state)
        notes = ()
        if is_country(letters):
            notes = (
                _("{letters} is read as the US state {state}; {country} has no data.").format(
                    letters=letters, state=cand.name, country=country_name(letters)
                ),
            )
        return Resolved(cand.code, cand.name, cand.level, notes)
    return None


def _by_code(query: str) -> Resolved | None:
    text = query.strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        return _two_letter(query, text.upper())
    if not re.fullmatch(r"[A-Za-z]{2}-[A-Za-z0-9]{1,3}(:.+)?", text):
        return None
    parsed = parse_code(text)
    if parsed is None:
        return None
    if parsed.subdivision is not None and not is_subdivision(parsed.subdivision):
        raise PlaceNotFound(
            query, suggest(query), f"{parsed.subdivision} is not an ISO 3166-2 subdivision"
        )
    cand = describe(parsed.code)
    return Resolved(cand.code, cand.name, cand.level)


def _exact(query: str, norm: str) -> Resolved | None:
    index = _index()
    return _decide(query, [t for n, t in zip(index.names, index.targets, strict=True) if n == norm])


def _regions(text: str) -> list[str]:
    """Codes ``text`` may name as a region after a comma (US state preferred for 2 letters)."""
    stripped = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", stripped):
        letters = stripped.upper()
        codes = [c for c in (f"US-{letters}",) if is_subdivision(c)]
        codes += [letters] if is_country(letters) else []
        return codes
    norm = normalise(stripped)
    index = _index()
    return list(
        dict.fromkeys(
            t for n, t in zip(index.names, index.targets, strict=True) if n == norm and ":" not in t
        )
    )


def _place_in_region(query: str, norm: str) -> Resolved | None:
    place, sep, region = query.rpartition(",")
    if not sep or not place.strip() or not region.strip():
        return None
    regions = _regions(region)
    if not regions:
        return None
    place_norm = normalise(place)
    data = load()
    for region_code in regions:
        for row in data.rows:
            inside = row.code.startswith((region_code + ":", region_code + "-"))
            if inside and normalise(re.sub(r"\(.*?\)", "", row.name.split(",")[0])) == place_norm:
                return Resolved(row.code, row.name, row.level)
        if "-" not in region_code:
            sub = _exact_subdivision(place_norm, region_code)
            if sub is not None:
                return sub
    wider = describe(regions[0])
    if "-" in wider.code:
        code = f"{wider.code}:{slug(place)}"
        parsed = parse_code(code, strict=True)
        level = parsed.level_hint if parsed else Level.city
        return Resolved(code, f"{place.strip()}, {wider.name}", level)
    note = _("No row exists for {place}; the answer is for {wider} as a whole.").format(
        place=place.strip(), wider=wider.name
    )
    return Resolved(wider.code, wider.name, wider.level, (note,))


def _exact_subdivision(place_norm: str, country: str) -> Resolved | None:
    index = _index()
    for name, target in zip(index.names, index.targets, strict=True):
        if name == place_norm and target.startswith(country + "-"):
            cand = describe(target)
            return Resolved(cand.code, cand.name, cand.level)
    return None


def _words(query: str, norm: str) -> Resolved | None:
    words = set(norm.split())
    index = _index()
    hits = [t for toks, t in zip(index.tokens, index.targets, strict=True) if words <= toks]
    return _decide(query, hits)


def _fuzzy(query: str, norm: str) -> Resolved | None:
    index = _index()
    matches = process.extract(
        norm, index.names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=20
    )
    if not matches:
        return None
    best = max(score for _, score, _ in matches)
    codes = [index.targets[pos] for _, score, pos in matches if score >= best - FUZZY_TIE]
    return _decide(query, codes)


def suggest(query: str, limit: int = 5) -> list[Candidate]:
    """Places with data whose names look like ``query`` (best first)."""
    norm = normalise(query)
    if not norm:
        return []
    index = _index()
    data = load()
    matches = process.extract(
        norm, index.names, scorer=fuzz.WRatio, score_cutoff=SUGGESTION_CUTOFF, limit=60
    )
    codes = list(
        dict.fromkeys(index.targets[pos] for _, _, pos in matches if data.get(index.targets[pos]))
    )
    # A name that is not a country is most often a US town or county (the data's local rows
    # are all in the US): list US places before similar-looking countries.
    codes.sort(key=lambda code: not code.startswith("US-"))
    return [describe(code) for code in codes[:limit]]


def resolve(query: str) -> Resolved:
    """The code ``query`` means; raises PlaceNotFound or AmbiguousPlace."""
    if not query.strip():
        raise PlaceNotFound(query, [], "the query is empty")
    if len(query) > MAX_QUERY:
        raise PlaceNotFound(query, [], f"the query is too long (over {MAX_QUERY} characters)")
    resolved = _by_code(query)
    if resolved is not None:
        return resolved
    norm = normalise(query)
    if not norm:
        raise PlaceNotFound(query, [], "the query has no letters or digits")
    for attempt in (_exact, _place_in_region, _words, _fuzzy):
        resolved = attempt(query, norm)
        if resolved is not None:
            return resolved
    raise PlaceNotFound(query, suggest(query))
