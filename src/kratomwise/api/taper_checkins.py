"""POST /api/taper/checkins: a day's taper check-in for the caller's active plan, validated by
the taper page's own form (the plan endpoints in taper.py store nothing)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import StrictBool

from kratomwise.api import idempotency, validation
from kratomwise.api.answers import by_item
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.api.dates import date_field, parse_day
from kratomwise.api.errors import NOT_JSON, responses
from kratomwise.api.params import Rating, number
from kratomwise.assess import INSTRUMENTS
from kratomwise.assess.triage import CODES, WITHDRAWAL_CODES
from kratomwise.web.accounts.http import AuthedHttpRequest

router = Router(tags=["taper"])


if TYPE_CHECKING:  # the codes are read from packaged data at import time
    Symptom = str
else:
    Symptom = Literal[tuple(c for c in CODES if c in WITHDRAWAL_CODES)]
# The taper page's form keeps 3 decimal places and at most 10 digits.
AMOUNT_PLACES, AMOUNT_MAX = Decimal("0.001"), 9_999_999


class TaperCheckinIn(Schema):
    day: str = date_field(..., "The day; not in the future")
    amount_taken: number(0, AMOUNT_MAX) | None = Field(  # type: ignore[valid-type]
        None, description="In the plan's unit; kept to 3 decimal places"
    )
    withdrawal: Rating | None = Field(None, description="0-10 rating scale only")
    sows: by_item(INSTRUMENTS["sows"]) | None = Field(  # type: ignore[valid-type]
        None, description="SOWS scale only: {item id: points}, every item"
    )
    craving: Rating | None = None
    symptoms: list[Symptom] = Field([], description="Withdrawal symptom codes")
    pause: StrictBool = False


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
    response=responses(TaperCheckinOut, NOT_JSON, 404, write=True, status=201),
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
        amount = payload.amount_taken
        data: dict[str, Any] = {
            "day": parse_day(payload.day, "day"),
            "amount_taken": None if amount is None else Decimal(amount).quantize(AMOUNT_PLACES),
            "withdrawal": payload.withdrawal,
            "craving": payload.craving,
            "symptoms": payload.symptoms,
            "pause": payload.pause,
            **(payload.sows.model_dump() if payload.sows else {}),
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
