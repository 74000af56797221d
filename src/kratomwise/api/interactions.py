"""GET /api/interactions?names=a,b,c (the same object as the CLI JSON) and
GET /api/interactions/suggest?q=... (autocomplete from the substance table)."""

from __future__ import annotations

from typing import Any

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from kratomwise.api.errors import explain_pattern, responses
from kratomwise.api.shapes import schema
from kratomwise.interactions import names as name_rules
from kratomwise.interactions.check import Report
from kratomwise.interactions.resolve import Completion

router = Router(tags=["interactions"])


# One rule with the core's split_names: the pattern accepts only text it accepts.
# ninja drops the value from its errors, so the sentence states the limits (the core's).
NAMES_PATTERN = explain_pattern(
    name_rules.NAMES_PATTERN,
    lambda _v: (
        f"must give 1 to {name_rules.MAX_NAMES} names of at most "
        f"{name_rules.MAX_NAME_LENGTH} characters, separated by commas, semicolons or new lines"
    ),
)


class NamesIn(Schema):
    names: str = Field(
        ...,
        min_length=1,
        max_length=name_rules.MAX_TEXT_LENGTH,
        pattern=NAMES_PATTERN,
        description=f"1 to {name_rules.MAX_NAMES} names separated by commas, semicolons or new "
        "lines, e.g. Xanax,beer",
    )


ReportOut = schema(Report, "ReportOut")


class SuggestOut(Schema):
    query: str
    suggestions: list[str]
    entries: list[schema(Completion)]  # type: ignore[valid-type]


@router.get(
    "",
    response=responses(ReportOut, 503),
    summary="Check substances against kratom",
    description="Names as people type them (brand, generic, street name or a misspelling), "
    "separated by commas, semicolons or new lines; too many names or too long a text is a 422 "
    "that says the limit (never cut short). Kratom is always implied. "
    "Names that cannot be resolved are listed under "
    "`unresolved` and keep `highest_severity` at `unknown` or worse: never 'no interaction'. "
    "Severities, most to least severe: dangerous, unsafe, caution, unknown, low_risk. "
    "`overdose_first` is true for every dangerous result and every combination with a depressant; "
    "`safety` then lists the overdose signs and naloxone points to show first. A name matched by "
    "spelling only is never rated below unknown.",
)
def check_names(request: Any, params: Query[NamesIn]) -> dict[str, Any]:
    from kratomwise.interactions import NamesError, TableError, check, split_names

    try:
        parts = split_names(params.names)
    except NamesError as exc:  # the schema's pattern keeps these out; kept for safety
        raise HttpError(422, str(exc)) from exc
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
        "entries": [e.as_dict() for e in entries],
    }
