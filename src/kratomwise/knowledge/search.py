"""Ranked full-text search over the facts (BM25 via rank-bm25)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rank_bm25 import BM25Okapi

from kratomwise.knowledge.facts import Fact, all_facts, get_fact, has_fact
from kratomwise.text import words

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "which",
        "with",
    ]
)


def _stem(word: str) -> str:
    # A light plural stemmer: "withdrawals" → "withdrawal", "seizures" → "seizure",
    # "studies" → "study", "boxes" → "box"; short words and "-ss" endings stay as they are.
    if len(word) <= 4 or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def tokens(text: str) -> list[str]:
    """Search terms: the words of ``text`` (a compound also as its parts), stemmed, without
    stopwords."""
    out: list[str] = []
    for match in words(text):
        parts = [match, *match.split("-")] if "-" in match else [match]
        out.extend(_stem(p) for p in parts if p not in _STOPWORDS)
    return out


def _document(fact: Fact) -> list[str]:
    cited = " ".join(s.citation for s in fact.sources)
    # The topic counts twice so that "dependence" finds the dependence facts first.
    return tokens(f"{fact.id} {fact.topic} {fact.topic} {fact.statement} {cited}")


@dataclass(frozen=True, slots=True)
class Hit:
    fact: Fact
    score: float


@cache
def _engine() -> tuple[BM25Okapi, tuple[Fact, ...]]:
    # Imported here: rank-bm25 pulls in numpy, which commands that never search should not pay.
    from rank_bm25 import BM25Okapi

    facts = tuple(all_facts())
    return BM25Okapi([_document(f) for f in facts]), facts


def search(
    query: str,
    limit: int | None = 20,
    topic: str | None = None,
    evidence_type: str | None = None,
) -> list[Hit]:
    """Facts matching ``query``, best first; an empty query lists every fact (filtered)."""
    engine, facts = _engine()
    query = query.strip()
    words = tokens(query)
    if words:
        scores = engine.get_scores(words)
        ranked = [Hit(f, float(s)) for f, s in zip(facts, scores, strict=True) if s > 0]
        ranked.sort(key=lambda h: -h.score)
    else:
        ranked = [Hit(f, 0.0) for f in facts]
    if has_fact(query):  # an exact id goes first
        exact = get_fact(query)
        ranked = [Hit(exact, max((h.score for h in ranked), default=0.0) + 1.0)] + [
            h for h in ranked if h.fact.id != exact.id
        ]
    if topic:
        ranked = [h for h in ranked if h.fact.topic == topic]
    if evidence_type:
        ranked = [h for h in ranked if h.fact.evidence_type == evidence_type]
    return ranked if limit is None else ranked[:limit]


def related(fact: Fact, limit: int = 5) -> list[Fact]:
    """The facts whose wording is closest to ``fact``'s statement (BM25), best first."""
    hits = search(fact.statement, limit=limit + 1)
    return [h.fact for h in hits if h.fact.id != fact.id][:limit]
