"""Journal API.

POST /api/journal/analyze: a journal CSV in, the same object as ``kratomwise analyze --format
json`` out (no account needed, nothing stored). GET /api/journal/entries (cursor paging) and
/api/journal/analysis: the caller's own entries and analysis (session or a token). The writes
are in journal_write.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from kratomwise.api import journal_write
from kratomwise.api.auth import READ_AUTH
from kratomwise.api.dates import date_field, parse_day
from kratomwise.api.errors import NOT_JSON, explain_pattern, responses
from kratomwise.api.journal_write import EntryWritten as EntryOut
from kratomwise.api.journal_write import entry_dict
from kratomwise.api.shapes import schema
from kratomwise.usage.analysis import Analysis
from kratomwise.usage.formats import MAX_CHARS, MAX_ENTRIES
from kratomwise.web.accounts.http import AuthedHttpRequest

router = Router(tags=["journal"])

PAGE_DEFAULT, PAGE_MAX = 100, 1000
# The string format of a journal CSV text, named in the OpenAPI document (no JSON Schema format
# can state a CSV grammar).
JOURNAL_CSV = "journal-csv"
# A page cursor: the last entry's time (microseconds since 1970) and id. Every value of this
# shape is a position in the list, so any of them is accepted.
CURSOR_PATTERN = explain_pattern(
    r"^[0-9]{1,16}\.[0-9]{1,18}$", lambda _v: "is not a value this API gave out as `next`"
)


class AnalyzeIn(Schema):
    csv: str = Field(
        ...,
        max_length=MAX_CHARS,
        json_schema_extra={"format": JOURNAL_CSV},
        description="Journal CSV text with the header "
        f"taken_at,substance,form,amount,unit,craving,mood,note; at most {MAX_ENTRIES:,} rows, "
        "dates from 1970-01-01 to one year after today",
    )
    capsule_g: float | None = Field(None, gt=0, le=1000, description="Grams of leaf in one capsule")
    today: str | None = date_field(None, "Analyse up to this date (default: today)")


AnalysisOut = schema(Analysis, "AnalysisOut")


class EntriesPageOut(Schema):
    items: list[EntryOut]  # type: ignore[valid-type]
    next: str | None = Field(
        ..., description="Pass as `cursor` to get the next page; null on the last page."
    )


class PageIn(Schema):
    limit: int = Field(PAGE_DEFAULT, ge=1, le=PAGE_MAX, description="Entries per page.")
    cursor: str | None = Field(
        None, pattern=CURSOR_PATTERN, description="The `next` value of the previous page."
    )


@router.post(
    "/analyze",
    response=responses(AnalysisOut, NOT_JSON),
    summary="Analyse a journal CSV",
    description="Nothing is stored. A malformed file gives 422 naming the row and column.",
)
def analyze_csv(request: HttpRequest, payload: AnalyzeIn) -> dict[str, Any]:
    from kratomwise.usage import FormatError, Settings, analyze, read_entries

    today = parse_day(payload.today, "today") if payload.today is not None else None
    try:
        kind, entries = read_entries(payload.csv)
    except FormatError as exc:
        raise HttpError(422, str(exc)) from None
    if kind != "csv":
        raise HttpError(422, "csv must be journal CSV text, not JSON")
    result = analyze(entries, Settings(grams_per_capsule=payload.capsule_g), today)
    return result.as_dict()


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _cursor(entry: Any) -> str:
    return f"{(entry.taken_at - _EPOCH) // dt.timedelta(microseconds=1)}.{entry.pk}"


def _after(cursor: str) -> Q:
    """The entries after ``cursor`` (CURSOR_PATTERN) in (taken_at, id) order."""
    micros, pk = cursor.split(".")
    taken_at = _EPOCH + dt.timedelta(microseconds=int(micros))
    return Q(taken_at__gt=taken_at) | Q(taken_at=taken_at, pk__gt=int(pk))


@router.get(
    "/entries",
    response=responses(EntriesPageOut, private=True),
    auth=READ_AUTH,
    summary="Your own entries, oldest first, one page at a time",
)
def my_entries(request: AuthedHttpRequest, page: Query[PageIn]) -> dict[str, Any]:
    from kratomwise.web.journal.models import Entry
    from kratomwise.web.journal.services import user_tz

    tz = user_tz(request.user)
    rows = Entry.objects.filter(owner=request.user).order_by("taken_at", "pk")
    if page.cursor:
        rows = rows.filter(_after(page.cursor))
    found = list(rows[: page.limit + 1])
    more = len(found) > page.limit
    found = found[: page.limit]
    return {
        "items": [entry_dict(e, tz) for e in found],
        "next": _cursor(found[-1]) if more else None,
    }


@router.get(
    "/analysis",
    response=responses(AnalysisOut, private=True),
    auth=READ_AUTH,
    summary="Your own analysis",
)
def my_analysis(request: AuthedHttpRequest) -> HttpResponse:
    from kratomwise.web.journal.cached import remember
    from kratomwise.web.journal.services import analysis_for

    def build() -> str:
        return AnalysisOut.model_validate(analysis_for(request.user).as_dict()).model_dump_json()

    # The JSON text is cached: ten years of daily rows cost more to validate than to send.
    text = remember(request.user, "api-analysis", build)
    return HttpResponse(text, content_type="application/json")


journal_write.register(router)
