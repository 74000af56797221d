"""The packaged registry and lexicons are well formed and cite real facts."""

from __future__ import annotations

import re

import pytest

from kratomwise.claims.legal import _tables
from kratomwise.claims.lexicon import Lexicon, lexicon, load_yaml
from kratomwise.claims.model import Verdict
from kratomwise.claims.registry import RegistryError, entries, parse_entry
from kratomwise.knowledge import has_fact


def test_every_entry_cites_existing_facts() -> None:
    assert len(entries()) >= 80
    for entry in entries():
        assert entry.facts, entry.id
        for fact_id in entry.facts:
            assert has_fact(fact_id), f"{entry.id} cites unknown {fact_id}"
        assert entry.verdict is not Verdict.not_a_claim
        assert entry.reason and entry.reason_negated


def test_ids_are_unique_and_not_fact_ids() -> None:
    ids = [e.id for e in entries()]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() for i in ids)


def test_legal_table_cites_existing_facts() -> None:
    for facts in _tables().facts.values():
        assert all(has_fact(f) for f in facts)


def test_lexicon_compiles_every_pattern() -> None:
    raw = load_yaml("patterns.yaml")
    assert isinstance(raw, dict) and set(raw) == set(
        Lexicon.__slots__
    )  # every cue has a pattern, and no pattern is unused
    lx = lexicon()
    for name in Lexicon.__slots__:
        compiled = getattr(lx, name)
        assert isinstance(compiled, re.Pattern), name
        assert compiled.flags & re.IGNORECASE, name  # the file says: matched case-insensitively
        assert "<<" not in compiled.pattern, name  # every <<name>> placeholder was expanded
        assert compiled.search("") is None, name  # an empty match would fire on every sentence


@pytest.mark.parametrize(
    "raw",
    [
        {"id": "x", "all": ["a"], "verdict": "maybe", "facts": ["DEP-04"], "reason": "r"},
        {"id": "x", "all": ["("], "verdict": "supported", "facts": ["DEP-04"], "reason": "r"},
        {"id": "x", "verdict": "supported", "facts": ["DEP-04"], "reason": "r"},
        {"id": "x", "all": ["a"], "verdict": "not_a_claim", "facts": ["DEP-04"], "reason": "r"},
    ],
)
def test_malformed_entries_are_refused(raw) -> None:
    with pytest.raises(RegistryError):
        parse_entry(raw)
