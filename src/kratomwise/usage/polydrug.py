"""Polydrug days: kratom (or 7-OH) and another substance on the same day.

The severity comes from the interaction checker (``kratomwise.interactions.check``) when it is
installed; it is imported lazily so the journal works while that part is missing or broken.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
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


_wrapped: dict[Any, Checker] = {}


def default_checker() -> Checker | None:
    """The interaction checker's ``check`` if it can be imported, else None.

    It is called with ``use_library=False`` when it accepts that option: the packaged alias table
    answers at once, while the optional drug-name library takes seconds to load.
    """
    try:
        module = importlib.import_module("kratomwise.interactions")
    except Exception:  # not built yet, or failing to import: fall back to the facts
        return None
    check = getattr(module, "check", None)
    if not callable(check):
        return None
    if check not in _wrapped:
        try:
            takes_option = "use_library" in inspect.signature(check).parameters
        except (TypeError, ValueError):
            takes_option = False
        _wrapped[check] = functools.partial(check, use_library=False) if takes_option else check
    return _wrapped[check]


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
