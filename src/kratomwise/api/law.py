"""GET /api/law?q=name and /api/law/{code}: legal status, the same object as the CLI JSON."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from ninja import Field, Query, Router, Schema, Status

from kratomwise.api.dates import date_field, parse_day
from kratomwise.api.errors import explain_pattern, responses
from kratomwise.api.shapes import schema
from kratomwise.law import AmbiguousPlace, Answer, Candidate, PlaceNotFound, lookup, lookup_code

router = Router(tags=["law"])


LawOut = schema(Answer, "LawOut")
CandidateOut = schema(Candidate)


class NotFoundOut(Schema):
    detail: str
    suggestions: list[CandidateOut]  # type: ignore[valid-type]


class AmbiguousOut(Schema):
    detail: str
    candidates: list[CandidateOut]  # type: ignore[valid-type]


RESPONSES = {**responses(LawOut), 404: NotFoundOut, 409: AmbiguousOut}


class AsOfIn(Schema):
    today: str | None = date_field(None, "The day the status is wanted for (default: today)")


class PlaceIn(AsOfIn):
    q: str = Field(
        ...,
        max_length=200,
        pattern=explain_pattern(r"\S", lambda _v: "must name a place or give a code"),
        description="A place name or a jurisdiction code",
    )


def _candidates(found: list[Candidate]) -> list[dict[str, object]]:
    return [c.as_dict() for c in found]


def _today(text: str | None) -> date:
    return date.today() if text is None else parse_day(text, "today")


class _Find(Protocol):
    """``lookup`` or ``lookup_code``."""

    def __call__(self, query: str, /, today: date | None = None) -> Answer: ...


def _respond(query: str, find: _Find, today: str | None) -> Status[dict[str, object]]:
    day = _today(today)
    try:
        answer = find(query, today=day)
    except AmbiguousPlace as exc:
        return Status(
            409,
            {
                "detail": f"{query[:60]!r} matches several places; ask again with one of them",
                "candidates": _candidates(exc.candidates),
            },
        )
    except PlaceNotFound as exc:
        return Status(
            404,
            {
                "detail": exc.reason or f"no place matches {query[:60]!r}",
                "suggestions": _candidates(exc.suggestions),
            },
        )
    return Status(200, answer.as_dict())


@router.get("", response=RESPONSES, summary="Legal status by place name or code")
def law_by_name(request: object, params: Query[PlaceIn]) -> Status[dict[str, object]]:
    """`q` is a name ("Denver", "texas", "Kuala Lumpur") or a code (US-TX)."""
    return _respond(params.q, lookup, params.today)


@router.get("/{code}", response=RESPONSES, summary="Legal status by jurisdiction code")
def law_by_code(request: object, code: str, params: Query[AsOfIn]) -> Status[dict[str, object]]:
    """`code` is TH, US-TX or US-CO:denver (a place without a row answers from wider layers)."""
    return _respond(code, lookup_code, params.today)
