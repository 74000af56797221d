"""The names of kratom, read from one source: the kratom entry of the interaction table
(``interactions/data/substances.yaml``), so that the checker and the journal agree on what
"kratom" is called ("ketum", "biak", "maeng da" ...)."""

from __future__ import annotations

import re
from functools import cache

KRATOM = "kratom"  # the table's canonical name of plain kratom


@cache
def kratom_names() -> tuple[str, ...]:
    """Kratom's canonical name and every other name the interaction table lists for it."""
    from kratomwise.interactions import kratom_aliases  # lazily: start-up

    return kratom_aliases()


@cache
def kratom_names_pattern() -> str:
    """A regular-expression alternation of the names, longest first, spaces and hyphens
    interchangeable ("biak biak" = "biak-biak"); ``kratom`` also takes endings ("kratoms")."""
    parts: set[str] = set()
    for name in kratom_names():
        if name.startswith(KRATOM):
            continue  # "kratom tea", "kratoms": covered by kratom\w*
        words = re.split(r"[\s-]+", name.lower().strip())
        parts.add(r"[\s-]?".join(re.escape(w) for w in words if w))
    alternation = "|".join(sorted(parts, key=lambda p: (-len(p), p)))
    return rf"{re.escape(KRATOM)}\w*|{alternation}"
