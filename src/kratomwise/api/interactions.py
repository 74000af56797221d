"""GET /api/interactions?names=a,b,c (the same object as the CLI JSON) and
GET /api/interactions/suggest?q=... (autocomplete from the substance table)."""

from __future__ import annotations

from typing import Any

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from kratomwise.api.errors import explain_pattern, responses

router = Router(tags=["interactions"])

MAX_NAMES = 25
MAX_LENGTH = 2000
# At least one name (a part with more than spaces) and at most MAX_NAMES comma-separated parts.
NAMES_PATTERN = explain_pattern(
    rf"^\s*[^\s,][^,]*(,[^,]*){{0,{MAX_NAMES - 1}}}$",
    lambda _v: f"must give 1 to {MAX_NAMES} names separated by commas, e.g. Xanax,beer",
)


class NamesIn(Schema):
    names: str = Field(
        ...,
        min_length=1,
        max_length=MAX_LENGTH,
        pattern=NAMES_PATTERN,
        description=f"1 to {MAX_NAMES} comma-separated names, e.g. Xanax,beer",
    )


class ResolvedOut(Schema):
    input: str
    names: list[str]
    classes: list[str]
    matched_by: str
    confidence: float


class UnresolvedOut(Schema):
    input: str
    suggestions: list[str]


class PairOut(Schema):
    a: str
    b: str
    severity: str
    mechanism: str
    advice: list[str]
    fact_ids: list[str]


class GroupOut(Schema):
    members: list[str]
    severity: str
    mechanism: str
    advice: list[str]
    fact_ids: list[str]


class StatementOut(Schema):
    text: str
    fact_ids: list[str]


class ReportOut(Schema):
    resolved: list[ResolvedOut]
    unresolved: list[UnresolvedOut]
    pairs: list[PairOut]
    groups: list[GroupOut]
    highest_severity: str
    overdose_first: bool
    safety: list[StatementOut]
    notes: list[StatementOut]


class CompletionOut(Schema):
    display: str
    name: str
    kind: str


class SuggestOut(Schema):
    query: str
    suggestions: list[str]
    entries: list[CompletionOut]


@router.get(
    "",
    response=responses(ReportOut, 503),
    summary="Check substances against kratom",
    description="Comma-separated names as people type them (brand, generic, street name or a "
    "misspelling). Kratom is always implied. Names that cannot be resolved are listed under "
    "`unresolved` and keep `highest_severity` at `unknown` or worse: never 'no interaction'. "
    "Severities, most to least severe: dangerous, unsafe, caution, unknown, low_risk. "
    "`overdose_first` is true for every dangerous result and every combination with a depressant; "
    "`safety` then lists the overdose signs and naloxone points to show first. A name matched by "
    "spelling only is never rated below unknown.",
)
def check_names(request: Any, params: Query[NamesIn]) -> dict[str, Any]:
    parts = [" ".join(p.split()) for p in params.names.split(",")]
    parts = [p for p in parts if p]
    from kratomwise.interactions import TableError, check

    try:
        return check(parts).as_dict()
    except TableError as exc:
        raise HttpError(503, "the substance table could not be loaded") from exc


class SuggestIn(Schema):
    q: str = ""
    limit: int = Field(8, ge=1, le=50)


@router.get("/suggest", response=responses(SuggestOut), summary="Autocomplete substance names")
def suggest(request: Any, params: Query[SuggestIn]) -> dict[str, Any]:
    from kratomwise.interactions import suggest_entries

    query, limit = params.q.strip()[:100], params.limit
    entries = suggest_entries(query, limit)
    return {
        "query": query,
        "suggestions": [e.display for e in entries],
        "entries": [{"display": e.display, "name": e.name, "kind": e.kind} for e in entries],
    }
