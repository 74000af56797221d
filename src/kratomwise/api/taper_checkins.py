"""POST /api/taper/checkins: a day's taper check-in for the caller's active plan, validated by
the taper page's own form (the plan endpoints in taper.py store nothing)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from kratomwise.api import idempotency, validation
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.web.accounts.http import AuthedHttpRequest

router = Router(tags=["taper"])


class TaperCheckinIn(Schema):
    day: dt.date = Field(..., description="The day, YYYY-MM-DD (not in the future)")
    amount_taken: Decimal | None = Field(None, ge=0, description="In the plan's unit")
    withdrawal: int | None = Field(None, ge=0, le=10, description="0-10 rating scale only")
    sows: dict[str, int] | None = Field(None, description="SOWS scale only: {item id: points}")
    craving: int | None = Field(None, ge=0, le=10)
    symptoms: list[str] = Field([], description="Withdrawal symptom codes (GET /api/assess/codes)")
    pause: bool = False


class TaperCheckinOut(Schema):
    id: int
    day: str
    withdrawal: int | None
    craving: int | None
    amount_taken: float | None
    unit: str
    pause: bool
    triage_level: str


@router.post(
    "/checkins",
    response={
        201: TaperCheckinOut,
        401: dict[str, Any],
        403: dict[str, Any],
        404: dict[str, Any],
        422: dict[str, Any],
    },
    auth=WRITE_AUTH,
    summary="Save a taper check-in",
)
def create_taper_checkin(request: AuthedHttpRequest, payload: TaperCheckinIn) -> Status[Any]:
    """Save a check-in for today or an earlier day; 404 when you have no active plan."""
    from kratomwise.web.taper import services
    from kratomwise.web.taper.forms import CheckInForm

    def write() -> tuple[int, Any]:
        record = services.active_plan(request.user)
        if record is None:
            raise HttpError(404, "you have no active taper plan")
        prefs = services.preferences(request.user)
        data: dict[str, Any] = {
            "day": payload.day,
            "amount_taken": payload.amount_taken,
            "withdrawal": payload.withdrawal,
            "craving": payload.craving,
            "symptoms": payload.symptoms,
            "pause": payload.pause,
            **(payload.sows or {}),
        }
        form = CheckInForm(data, scale=prefs.withdrawal_scale)
        validation.check(form, "check-in")
        row = services.save_checkin(request.user, record, prefs, form.cleaned_data)
        return 201, {
            "id": row.pk,
            "day": row.day.isoformat(),
            "withdrawal": row.withdrawal,
            "craving": row.craving,
            "amount_taken": None if row.amount_taken is None else float(row.amount_taken),
            "unit": row.unit,
            "pause": row.pause,
            "triage_level": row.triage_level,
        }

    return idempotency.run(request, write)
