"""The names of kratom, read from one source: the kratom entry of the interaction table
(``interactions/data/substances.yaml``), so that the checker and the journal agree on what
"kratom" is called ("ketum", "biak", "maeng da" ...)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kratomwise.yamldata import load_yaml

KRATOM = "kratom"  # the table's canonical name of plain kratom


_ENTRY = f"\n- name: {KRATOM}\n"  # where the kratom entry starts in the table's YAML


@cache
def kratom_names() -> tuple[str, ...]:
    """Kratom's canonical name and every alias the interaction table lists for it.

    Only the kratom entry of ``substances.yaml`` is parsed, and validated by the table's own
    ``Table.from_data``: building the whole table (every substance, its lookup indexes) would
    cost a tenth of a second of command-line start-up. ``tests/claims/test_names.py`` checks
    that this equals the full table's kratom entry.
    """
    from kratomwise.interactions.table import Table, load_classes  # lazily: start-up

    text = resources.files("kratomwise.interactions").joinpath("data/substances.yaml")
    yaml_text = text.read_text("utf-8")
    start = yaml_text.index(_ENTRY)
    end = yaml_text.find("\n- name:", start + 1)
    raw = load_yaml(yaml_text[start : end if end > 0 else None])
    classes = {
        c.id: {"label": c.label, "description": c.description} for c in load_classes().values()
    }
    substance = Table.from_data(raw, classes).substances[KRATOM]
    return (substance.name, *substance.aliases)


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
