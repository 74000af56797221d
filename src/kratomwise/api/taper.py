"""POST /api/taper/plan: the same plan as `kratomwise taper plan --format json`.

Stateless: the plan is computed from the numbers sent and nothing is stored. The app never
proposes a starting amount; it plans from the person's own numbers.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ninja import Field, Router, Schema
from ninja.errors import HttpError

from kratomwise.api.dates import date_field, parse_day
from kratomwise.api.errors import NOT_JSON, responses
from kratomwise.api.shapes import schema
from kratomwise.taper.plan import Plan

router = Router(tags=["taper"])


class CheckInIn(Schema):
    date: str = date_field(..., "The day of the check-in")
    withdrawal: int | None = Field(
        None, ge=0, le=64, description="SOWS total (0-64) or a 0-10 rating."
    )
    craving: int | None = Field(None, ge=0, le=10, description="Craving right now, 0-10.")
    amount_taken: float | str | None = None
    pause: bool | str | None = Field(None, description="true or 'yes' to ask for a pause.")


class PlanIn(Schema):
    """Rules between fields, which JSON Schema cannot state (422 when broken): ``min_step`` and
    ``floor`` are below ``amount``, and the plan needs at most 1,000 steps."""

    amount: float | str = Field(
        ...,
        description="Your current daily amount (your own number): more than 0, at most "
        "1,000,000, written with the digits 0-9.",
    )
    unit: str = Field(..., description="g, capsule, ml or mg.")
    percent: float | str = Field(
        ..., description="Reduction per step, % of the current amount: more than 0, below 100."
    )
    every_days: int = Field(..., ge=1, le=365, description="Step length in days.")
    start: str = date_field(..., "First day")
    min_step: float | str | None = Field(None, description="0 or more, below amount.")
    floor: float | str | None = Field(None, description="0 or more, below amount.")
    checkins: list[CheckInIn] = []
    hold_withdrawal: int | None = Field(None, ge=1, le=64)
    hold_craving: int | None = Field(None, ge=1, le=10)


PlanOut = schema(Plan)


def _decimal(value: float | str | None, name: str) -> Decimal:
    text = str(value).strip()
    if not text.isascii():  # Decimal() reads other scripts' digits; amounts are written 0-9
        raise HttpError(422, f"{name} {value!r} must be written with the digits 0-9")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise HttpError(422, f"{name} {value!r} is not a number") from None
    if not number.is_finite():
        raise HttpError(422, f"{name} {value!r} is not a number")
    return number


def _pause(value: bool | str | None) -> bool:
    if isinstance(value, bool) or value is None:
        return bool(value)
    text = value.strip().lower()
    if text in ("", "no"):
        return False
    if text == "yes":
        return True
    raise HttpError(422, f"pause must be true, 'yes' or empty, not {value!r}")


@router.post(
    "/plan",
    response=responses(PlanOut, NOT_JSON),
    by_alias=True,
    summary="Plan a taper from your own numbers",
)
def plan(request: object, body: PlanIn) -> dict[str, Any]:
    from kratomwise.taper import (
        CheckIn,
        CheckinError,
        PlanContext,
        PlanSettings,
        TaperError,
        Thresholds,
        UnitError,
        build_plan,
        parse_unit,
    )

    try:
        settings = PlanSettings(
            amount=_decimal(body.amount, "amount"),
            unit=parse_unit(body.unit),
            percent=_decimal(body.percent, "percent"),
            every_days=body.every_days,
            start=parse_day(body.start, "start"),
            min_step=None if body.min_step is None else _decimal(body.min_step, "min_step"),
            floor=Decimal(0) if body.floor is None else _decimal(body.floor, "floor"),
        )
        limits = Thresholds(withdrawal=body.hold_withdrawal, craving=body.hold_craving)
        checkins = [
            CheckIn(
                day=parse_day(item.date, "checkins date"),
                withdrawal=item.withdrawal,
                craving=item.craving,
                amount_taken=None
                if item.amount_taken in (None, "")
                else _decimal(item.amount_taken, "amount_taken"),
                pause=_pause(item.pause),
            )
            for item in body.checkins
        ]
        # The signed-in person's country picks the treatment and help lines of the ending.
        user = getattr(request, "user", None)
        country = getattr(user, "country", "") if user and user.is_authenticated else ""
        context = PlanContext(country=country or None)
        return build_plan(settings, checkins, limits, context=context).as_dict()
    except (TaperError, UnitError, CheckinError) as exc:
        raise HttpError(422, str(exc)) from None
