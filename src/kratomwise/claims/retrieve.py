"""Candidate facts for a sentence: BM25 retrieval from the knowledge base plus numbers."""

from __future__ import annotations

from functools import lru_cache

from kratomwise.claims import numeric
from kratomwise.knowledge import Hit, search
from kratomwise.text import words

MIN_SCORE = 4.0  # BM25 score a fact must reach to be a candidate
MIN_SHARED_WORDS = 3  # words a fact must share with the sentence for its numbers to count
CANDIDATES = 3


@lru_cache(maxsize=512)
def _top_hits(text: str) -> tuple[Hit, ...]:
    # One BM25 query per sentence: the engine may ask for the closest fact and then for
    # facts whose numbers agree, and both read the same ranking.
    return tuple(search(text, limit=CANDIDATES))


def _words(text: str) -> set[str]:
    return {w[:6] for w in words(text) if len(w) >= 4 and w[0].isalpha()} - {"kratom"}


CLOSE_SHARE = 0.5  # share of the sentence's content words a fact must contain to be "restated"
CLOSE_MIN_WORDS = 4


def closest_fact(text: str) -> str | None:
    """The fact a sentence restates (most of its content words are in it), if any."""
    from kratomwise.claims.words import fact_stems, stems

    # top-k, not top-1: the fact a sentence restates is often not BM25's first hit
    words = stems(text)
    best: tuple[int, str] | None = None
    for hit in _top_hits(text):
        if hit.score < MIN_SCORE:
            break
        shared = len(words & fact_stems(hit.fact.id))
        close = shared >= CLOSE_MIN_WORDS and shared >= CLOSE_SHARE * len(words)
        if close and (best is None or shared > best[0]):
            best = (shared, hit.fact.id)
    return None if best is None else best[1]


def closest_by_numbers(
    text: str, quantities: list[numeric.Quantity], top_only: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """A candidate fact whose numbers agree with the sentence's (fact id and number span)."""
    telling = [q for q in quantities if q.kind not in ("year", "count") or q.value >= 20]
    if not telling:
        return None
    hits = _top_hits(text)
    for hit in hits[:1] if top_only else hits:
        if hit.score < MIN_SCORE:
            break
        shared = _words(text) & _words(hit.fact.statement)
        if len(shared) < MIN_SHARED_WORDS:
            continue
        check = numeric.compare(telling, list(numeric.cached_quantities(hit.fact.statement)))
        if check.agrees and not check.mismatched:
            q = check.matched[0]
            return hit.fact.id, (q.start, q.end)
    return None
