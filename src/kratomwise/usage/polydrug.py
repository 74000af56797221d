"""Polydrug days: kratom (or 7-OH) and other substances on the same day.

Each day's other substances are rated together, as one combination, by the interaction checker
(``kratomwise.interactions.check``): kratom + alcohol + gabapentin is the checker's group verdict,
not two pair verdicts. Passing no checker gives the facts-only caution level.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from kratomwise.interactions import Report, check
from kratomwise.knowledge import has_fact
from kratomwise.usage.thresholds import POLYDRUG_DEFAULT_LEVEL, POLYDRUG_FACTS, POLYDRUG_LEVELS

Checker = Callable[[Sequence[str]], Report]


@dataclass(frozen=True, slots=True)
class Severity:
    level: str  # info | caution | warning
    checker_severity: str | None  # the checker's word, None when it was not consulted
    unknown: tuple[str, ...]  # names the checker could not resolve
    fact_ids: tuple[str, ...]


def default_checker() -> Checker:
    """The interaction checker without the optional drug-name library (which takes seconds to
    load; the packaged alias table answers at once)."""
    return functools.partial(check, use_library=False)


def _fact_ids(report: Report) -> list[str]:
    found = [*(p.fact_ids for p in report.pairs), *(g.fact_ids for g in report.groups)]
    return [i for ids in found for i in ids if has_fact(i)]


def severity(others: Iterable[str], checker: Checker | None) -> Severity:
    """Level for kratom plus all of ``others`` together."""
    names = sorted(set(others))
    if checker is None:
        return Severity(POLYDRUG_DEFAULT_LEVEL, None, (), POLYDRUG_FACTS)
    report = checker(names)
    word = report.highest_severity
    unknown = tuple(r.input for r in report.unresolved)
    ids = tuple(dict.fromkeys([*_fact_ids(report), *POLYDRUG_FACTS]))
    return Severity(POLYDRUG_LEVELS.get(word, POLYDRUG_DEFAULT_LEVEL), word, unknown, ids)


@dataclass(frozen=True, slots=True)
class PolydrugGroup:
    """Days on which kratom met the same set of other substances."""

    others: tuple[str, ...]
    days: tuple[dt.date, ...]


def group_by_combination(
    day_others: Iterable[tuple[dt.date, Iterable[str]]],
) -> list[PolydrugGroup]:
    by_combo: dict[tuple[str, ...], list[dt.date]] = {}
    for day, others in day_others:
        by_combo.setdefault(tuple(sorted(set(others))), []).append(day)
    groups = [PolydrugGroup(combo, tuple(sorted(d))) for combo, d in by_combo.items()]
    return sorted(groups, key=lambda g: (g.days[-1], g.others), reverse=True)
