"""Brand-to-generic lookup through the optional drug-named-entity-recognition package.

The package costs about 3 s and 375 MB to import, so it is imported lazily and only for names
the packaged table lacks. Set ``KRATOMWISE_DRUG_NER=0`` to switch it off; when it is not
installed, lookups simply find nothing.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Any

_lock = threading.Lock()
_state: dict[str, Any] = {}


def enabled() -> bool:
    return os.environ.get("KRATOMWISE_DRUG_NER", "1").strip().lower() not in {
        "0",
        "false",
        "no",
        "off",
    }


def _finder() -> Any:
    """The library's find_drugs function, or None when the library is unavailable."""
    with _lock:
        if "find" not in _state:
            try:
                from drug_named_entity_recognition import find_drugs
            except Exception:  # missing, broken or incompatible: fall back to the table only
                _state["find"] = None
            else:
                _state["find"] = find_drugs
        return _state["find"]


def loaded() -> bool:
    """True once the library has been imported (tests use this to prove it stayed unloaded)."""
    return _state.get("find") is not None


def lookup(text: str) -> tuple[str, ...]:
    """Lower-case generic names the library finds for ``text`` (whole input only), else ()."""
    if not enabled():
        return ()
    return _lookup(text)


@lru_cache(maxsize=2048)
def _lookup(text: str) -> tuple[str, ...]:
    find = _finder()
    if find is None:
        return ()
    tokens = text.split()
    if not tokens or len(tokens) > 4:
        return ()
    try:
        matches = find(tokens, is_fuzzy_match=False, is_ignore_case=True)
    except Exception:
        return ()
    names: list[str] = []
    covered: set[int] = set()
    for data, start, end in matches:
        covered.update(range(start, end))
        name = str(data.get("name") or "").strip().lower()
        if name and name not in names:
            names.append(name)
    # every word of the input must be part of a drug name, or it is a different thing
    if len(covered) != len(tokens):
        return ()
    return tuple(names)
