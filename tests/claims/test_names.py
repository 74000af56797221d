"""Kratom's names come from one source: the kratom entry of the interaction table."""

from __future__ import annotations

from kratomwise.claims.disease import disease_claim
from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.names import kratom_names
from kratomwise.interactions.table import default_table


def test_names_are_the_interaction_tables_kratom_entry() -> None:
    kratom = default_table().substances["kratom"]
    assert kratom_names() == (kratom.name, *kratom.brands, *kratom.aliases)


def test_every_table_name_puts_a_sentence_about_kratom() -> None:
    pattern = lexicon().kratom
    missed = [n for n in kratom_names() if not pattern.search(f"I bought some {n} today.")]
    assert missed == []


def test_hyphen_or_space_both_match() -> None:
    assert lexicon().kratom.search("biak biak is sold here") is not None
    assert lexicon().kratom.search("BIAK-BIAK is sold here") is not None


def test_an_alias_credits_the_improvement_to_kratom() -> None:
    assert disease_claim("The back pain went away after taking ketum.", True) is True
    assert disease_claim("The back pain went away after a long walk.", True) is False
