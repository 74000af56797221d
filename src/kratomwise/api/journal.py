"""Journal API.

POST /api/journal/analyze: a journal CSV in, the same object as ``kratomwise analyze --format
json`` out (no account needed, nothing stored). GET /api/journal/entries and
/api/journal/analysis: the caller's own entries and analysis (session or a token). The writes
are in journal_write.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from kratomwise.api import journal_write
from kratomwise.api.auth import READ_AUTH

router = Router(tags=["journal"])

MAX_CSV_CHARS = 10 * 1024 * 1024


class AnalyzeIn(Schema):
    csv: str = Field(
        ...,
        description="Journal CSV text with the header "
        "taken_at,substance,form,amount,unit,craving,mood,note",
    )
    capsule_g: float | None = Field(None, gt=0, description="Grams of leaf in one capsule")
    today: dt.date | None = Field(None, description="Analyse up to this date (default: today)")


class DailyOut(Schema):
    day: str
    leaf_g: float
    uses: int


class SignalOut(Schema):
    code: str
    level: str
    start: str
    end: str
    explanation: str
    fact_ids: list[str]


class AnalysisOut(Schema):
    entries: int
    first_day: str | None
    last_day: str | None
    days_used: int
    daily: list[DailyOut]
    signals: list[SignalOut]


class EntryOut(Schema):
    id: int
    taken_at: str
    substance: str
    form: str
    amount: float
    unit: str
    craving: int | None
    mood: int | None
    note: str


@router.post("/analyze", response=AnalysisOut, summary="Analyse a journal CSV")
def analyze_csv(request: HttpRequest, payload: AnalyzeIn) -> dict[str, Any]:
    from kratomwise.usage import FormatError, Settings, analyze, parse_csv

    if len(payload.csv) > MAX_CSV_CHARS:
        raise HttpError(422, "the CSV is larger than 10 MB")
    try:
        entries = parse_csv(payload.csv)
    except FormatError as exc:
        raise HttpError(422, str(exc)) from None
    result = analyze(entries, Settings(grams_per_capsule=payload.capsule_g), payload.today)
    return result.as_dict()


@router.get("/entries", response=list[EntryOut], auth=READ_AUTH, summary="Your own entries")
def my_entries(request: HttpRequest) -> list[dict[str, Any]]:
    from kratomwise.web.journal.models import Entry
    from kratomwise.web.journal.services import user_tz

    tz = user_tz(request.user)
    return [
        {
            "id": e.pk,
            "taken_at": e.taken_at.astimezone(tz).isoformat(),
            "substance": e.substance,
            "form": e.form,
            "amount": float(e.amount),
            "unit": e.unit,
            "craving": e.craving,
            "mood": e.mood,
            "note": e.note,
        }
        for e in Entry.objects.filter(owner=request.user).order_by("taken_at", "pk")
    ]


@router.get("/analysis", response=AnalysisOut, auth=READ_AUTH, summary="Your own analysis")
def my_analysis(request: HttpRequest) -> dict[str, Any]:
    from kratomwise.web.journal.services import analysis_for

    return analysis_for(request.user).as_dict()


journal_write.register(router)
