"""Numbers in a sentence checked against the numbers of a canonical claim's facts."""

from __future__ import annotations

from functools import cache

from kratomwise.claims import numeric
from kratomwise.claims.registry import Entry
from kratomwise.claims.words import fact_stems, stems
from kratomwise.knowledge import get_fact, has_fact

CLOSE_OVERLAP = 0.6  # a fact sharing this share of the best fact's words is as close


@cache
def _fact_quantities(fact_ids: tuple[str, ...]) -> list[numeric.Quantity]:
    out: list[numeric.Quantity] = []
    for fact_id in fact_ids:
        if has_fact(fact_id):
            out.extend(numeric.cached_quantities(get_fact(fact_id).statement))
    return out


def _ranked_facts(text: str, fact_ids: tuple[str, ...]) -> list[str]:
    """The entry's facts, the one sharing most words with the sentence first."""
    words = stems(text)
    scored = sorted(fact_ids, key=lambda f: -len(words & fact_stems(f)))
    return scored


_WEAK_CONTEXT = frozenset({"used", "use", "using", "survey", "online", "study", "report"})


def _context_agrees(words: set[str], fact_id: str, matched: tuple[numeric.Quantity, ...]) -> bool:
    """A matched number means the same thing: the words around it in the fact recur."""
    statement = get_fact(fact_id).statement
    for q in matched:
        for f in numeric.cached_quantities(statement):
            if numeric.matches(q, [f]):
                around = statement[max(0, f.start - 25) : f.end + 25]
                if (words & stems(around)) - _WEAK_CONTEXT:
                    return True
    return False


MEASURE_WINDOW = 40  # characters either side of a number that say what it counts


def _same_measure(
    text: str, fact_ids: tuple[str, ...], wrong: tuple[numeric.Quantity, ...]
) -> bool:
    """A number that differs from a fact's counts the same thing: a word next to it in the
    sentence is in a fact that holds a number of the same kind ("37 % of users are women"
    against a survey's share of women; not any percentage against any other, whatever it counts)."""
    for q in wrong:
        near = stems(text[max(0, q.start - MEASURE_WINDOW) : q.end + MEASURE_WINDOW])
        near -= _WEAK_CONTEXT
        for fact_id in fact_ids:
            kinds = {f.kind for f in _fact_quantities((fact_id,))}
            if q.kind in kinds and near & fact_stems(fact_id):
                return True
    return False


def number_check(
    text: str, entry: Entry, quantities: list[numeric.Quantity]
) -> tuple[str, tuple[str, ...], tuple[numeric.Quantity, ...]]:
    """("ok" | "bad" | "none", deciding facts, wrong numbers) for the sentence's numbers."""
    ranked = _ranked_facts(text, entry.facts)
    any_check = numeric.compare(quantities, _fact_quantities(entry.facts), years=entry.years)
    if any_check.compared == 0:
        return "none", entry.facts, ()
    if all(q.kind == "year" for q in any_check.matched + any_check.mismatched):
        # years alone are weak evidence: any fact of the claim may hold them
        if any_check.agrees:
            return "ok", entry.facts, ()
        if not _same_measure(text, entry.facts, any_check.mismatched):
            return "none", entry.facts, ()
        return "bad", entry.facts, any_check.mismatched
    best = ranked[0]
    best_check = numeric.compare(quantities, _fact_quantities((best,)), years=entry.years)
    if best_check.compared and best_check.conflicts:
        # the closest fact disagrees; another fact of the entry may still hold the number
        words = stems(text)
        best_overlap = len(words & fact_stems(best))
        for other in ranked[1:4]:
            check = numeric.compare(quantities, _fact_quantities((other,)), years=entry.years)
            if (
                check.agrees
                and len(words & fact_stems(other)) >= best_overlap * CLOSE_OVERLAP
                and _context_agrees(words, other, check.matched)
            ):
                return "ok", (other,), ()
        if not _same_measure(text, (best,), best_check.mismatched):
            return "none", entry.facts, ()
        return "bad", (best,), best_check.mismatched
    if best_check.agrees:
        return "ok", (best,), ()
    if any_check.conflicts and _same_measure(text, entry.facts, any_check.mismatched):
        return "bad", entry.facts, any_check.mismatched
    if any_check.agrees:
        picked = tuple(
            f
            for f in entry.facts
            if any(numeric.matches(q, _fact_quantities((f,))) for q in any_check.matched)
        )
        return "ok", picked or entry.facts, ()
    return "none", entry.facts, ()
