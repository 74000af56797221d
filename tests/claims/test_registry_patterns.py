"""Every packaged registry pattern compiles (the registry compiles them lazily at run time)."""

from __future__ import annotations

import re

from kratomwise.claims.registry import LazyPattern, compile_all, entries, parse_entry


def test_every_packaged_pattern_compiles() -> None:
    count = 0
    for entry in entries():
        for pattern in entry.all + entry.none:
            for single in pattern if isinstance(pattern, tuple) else (pattern,):
                compiled = single.compiled if isinstance(single, LazyPattern) else single
                assert isinstance(compiled, re.Pattern)
                count += 1
    assert count > 250
    assert compile_all() == count


def test_a_lazy_entry_still_finds_its_anchor() -> None:
    raw = {"id": "x", "all": ["\\bkratom\\b"], "verdict": "supported", "facts": ["DEP-04"]}
    entry = parse_entry({**raw, "reason": "r"}, lazy=True)
    found = entry.anchor("I bought kratom today")
    assert found is not None
    assert found.span() == (9, 15)
