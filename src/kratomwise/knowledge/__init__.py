"""The evidence base: facts, sources, evidence types and search (pure core)."""

from kratomwise.knowledge.facts import (
    EVIDENCE_TYPES,
    Fact,
    FactError,
    Source,
    UnknownFact,
    all_facts,
    get_fact,
    has_fact,
    newest_as_of,
    topic_label,
    topics,
)
from kratomwise.knowledge.search import Hit, related, search

__all__ = [
    "EVIDENCE_TYPES",
    "Fact",
    "FactError",
    "Hit",
    "Source",
    "UnknownFact",
    "all_facts",
    "get_fact",
    "has_fact",
    "newest_as_of",
    "related",
    "search",
    "topic_label",
    "topics",
]
