"""GET /api/facts and /api/facts/{id}: the evidence base."""

from __future__ import annotations

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import create_model

from kratomwise.api.errors import responses
from kratomwise.api.shapes import schema
from kratomwise.knowledge import Fact, UnknownFact, get_fact, search

router = Router(tags=["facts"])


FactOut = schema(Fact)
HitOut = create_model("HitOut", __base__=FactOut, score=(float, ...))  # a fact and its score


class SearchOut(Schema):
    query: str
    results: list[HitOut]  # type: ignore[valid-type]


class SearchIn(Schema):
    q: str = ""
    limit: int = Field(20, ge=1, le=500)
    topic: str | None = None
    evidence_type: str | None = None


@router.get("", response=responses(SearchOut), summary="Search the facts")
def search_facts(request: object, params: Query[SearchIn]) -> dict[str, object]:
    q = params.q
    hits = search(q, limit=params.limit, topic=params.topic, evidence_type=params.evidence_type)
    return {
        "query": q,
        "results": [{**h.fact.as_dict(), "score": round(h.score, 4)} for h in hits],
    }


@router.get("/{fact_id}", response=responses(FactOut, 404), summary="One fact")
def fact_detail(request: object, fact_id: str) -> dict[str, object]:
    try:
        return get_fact(fact_id).as_dict()
    except UnknownFact:
        raise HttpError(404, f"no fact with id {fact_id}") from None
