"""Polydrug days: kratom (or 7-OH) and another substance on the same day.

The severity comes from the interaction checker (``kratomwise.interactions.check``), imported
lazily so that analyses which never meet another substance do not load its tables. Passing no
checker gives the facts-only caution level.
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kratomwise.usage.thresholds import POLYDRUG_DEFAULT_LEVEL, POLYDRUG_FACTS, POLYDRUG_LEVELS


@dataclass(frozen=True, slots=True)
class Severity:
    level: str  # info | caution | warning
    checker_severity: str | None  # the checker's word, None when it was not consulted
    fact_ids: tuple[str, ...]


Checker = Callable[[list[str]], Any]


@functools.cache
def default_checker() -> Checker:
    """The interaction checker without the optional drug-name library.

    The packaged alias table answers at once, while the library takes seconds to load. One
    shared callable, so the per-checker verdict cache below lives as long as the process.
    """
    from kratomwise.interactions import check

    return functools.partial(check, use_library=False)


def _fact_ids(report: Any) -> list[str]:
    ids: list[str] = []
    for group in ("pairs", "groups"):
        for item in getattr(report, group, None) or ():
            raw = item.get("fact_ids") if isinstance(item, dict) else getattr(item, "fact_ids", ())
            ids.extend(str(i) for i in raw or ())
    return ids


# Verdicts per checker function and name list: the checker's data is packaged and fixed.
_verdicts: weakref.WeakKeyDictionary[Any, dict[tuple[str, ...], Severity]] = (
    weakref.WeakKeyDictionary()
)


def severity(others: Iterable[str], checker: Checker | None) -> Severity:
    """Level for kratom plus ``others``: the checker's verdict when possible, else caution."""
    names = sorted(set(others))
    if checker is None:
        return Severity(POLYDRUG_DEFAULT_LEVEL, None, POLYDRUG_FACTS)
    try:
        cache = _verdicts.setdefault(checker, {})
    except TypeError:  # not weak-referenceable: no cache
        cache = {}
    found = cache.get(tuple(names))
    if found is None:
        found = cache[tuple(names)] = _ask(names, checker)
    return found


def _ask(names: list[str], checker: Checker) -> Severity:
    try:
        report = checker(names)
        word = str(report.highest_severity)
    except Exception:  # a checker failure must not hide the signal
        report, word = None, ""
    if word in POLYDRUG_LEVELS:
        from kratomwise.knowledge import has_fact

        extra = [i for i in _fact_ids(report) if has_fact(i)]
        ids = tuple(dict.fromkeys([*extra, *POLYDRUG_FACTS]))
        return Severity(POLYDRUG_LEVELS[word], word, ids)
    return Severity(POLYDRUG_DEFAULT_LEVEL, None, POLYDRUG_FACTS)


@dataclass(frozen=True, slots=True)
class PolydrugGroup:
    """Days on which kratom met the same other substance."""

    other: str
    days: tuple[dt.date, ...]


def group_by_other(day_others: Iterable[tuple[dt.date, Iterable[str]]]) -> list[PolydrugGroup]:
    by_other: dict[str, list[dt.date]] = {}
    for day, others in day_others:
        for other in others:
            by_other.setdefault(other, []).append(day)
    return [PolydrugGroup(o, tuple(sorted(d))) for o, d in sorted(by_other.items())]
