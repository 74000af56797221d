"""Registry entries are validated by one pydantic model (claims/registry_record.py)."""

from __future__ import annotations

import pytest

from kratomwise.claims.model import Verdict
from kratomwise.claims.registry import RegistryError, parse_entry

ENTRY = {
    "id": "x",
    "all": ["\\bkratom "],
    "verdict": "supported",
    "facts": ["DEP-04"],
    "reason": "r",
}


def test_defaults_follow_the_verdict() -> None:
    entry = parse_entry({**ENTRY, "reason": "  two\n words "})
    assert entry.negated is Verdict.contradicted
    assert entry.reason == entry.reason_negated == "two words"
    assert entry.all[0].pattern == "\\bkratom"  # type: ignore[union-attr]
    assert (entry.numbers, entry.kratom, entry.disease, entry.priority) == (True, True, False, 0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "registry:x: colour: Extra inputs are not permitted (got 'red')"),
        ({"facts": []}, "registry:x: facts: Tuple should have at least 1 item after validation"),
        ({"priority": "high"}, "registry:x: priority: Input should be a valid integer"),
        (
            {"verdict": "not_a_claim"},
            "registry:x: verdict: a canonical claim cannot be not_a_claim",
        ),
    ],
)
def test_a_malformed_entry_names_its_field(change: dict[str, object], message: str) -> None:
    with pytest.raises(RegistryError) as caught:
        parse_entry({**ENTRY, **change})
    assert str(caught.value).startswith(message)
