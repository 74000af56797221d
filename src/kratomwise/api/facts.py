"""GET /api/facts and /api/facts/{id}: the evidence base."""

from __future__ import annotations

from ninja import Router, Schema
from ninja.errors import HttpError

from kratomwise.knowledge import UnknownFact, get_fact, search

router = Router(tags=["facts"])


class SourceOut(Schema):
    citation: str
    url: str


class FactOut(Schema):
    id: str
    topic: str
    statement: str
    evidence_type: str
    sources: list[SourceOut]
    as_of: str


class HitOut(FactOut):
    score: float


class SearchOut(Schema):
    query: str
    results: list[HitOut]


@router.get("", response=SearchOut, summary="Search the facts")
def search_facts(
    request: object,
    q: str = "",
    limit: int = 20,
    topic: str | None = None,
    evidence_type: str | None = None,
) -> dict[str, object]:
    if not 1 <= limit <= 500:
        raise HttpError(422, "limit must be between 1 and 500")
    hits = search(q, limit=limit, topic=topic, evidence_type=evidence_type)
    return {
        "query": q,
        "results": [{**h.fact.as_dict(), "score": round(h.score, 4)} for h in hits],
    }


@router.get("/{fact_id}", response=FactOut, summary="One fact")
def fact_detail(request: object, fact_id: str) -> dict[str, object]:
    try:
        return get_fact(fact_id).as_dict()
    except UnknownFact:
        raise HttpError(404, f"no fact with id {fact_id}") from None
