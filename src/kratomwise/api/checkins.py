"""POST /api/checkins: store a completed instrument for the caller and return the scored
result, help lines first: a positive suicide-risk item returns crisis lines, as the page does."""

from __future__ import annotations

from typing import Any

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from kratomwise.api import idempotency
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.web.accounts.http import AuthedHttpRequest

router = Router(tags=["checkins"])


class CheckinIn(Schema):
    instrument: str = Field(
        ..., description="Instrument id, e.g. phq9 (GET /api/assess/instruments)"
    )
    answers: dict[str, int | None] | list[int | None] = Field(
        ..., description="Points per item: {item id: points} or a list in item order"
    )


class LineOut(Schema):
    name: str
    phone: str | None
    sms: str | None
    url: str | None
    hours: str | None


class CheckinOut(Schema):
    crisis_lines: list[LineOut]
    emergency_lines: list[LineOut]
    care_lines: list[LineOut]
    id: int
    taken_at: str
    instrument: str
    total: int
    band: str | None
    safety_flag: bool
    flags: list[str]
    interpretation: str
    source: str


def _line(resource: Any) -> dict[str, Any]:
    return {
        "name": resource.name,
        "phone": resource.phone,
        "sms": resource.sms,
        "url": resource.url,
        "hours": resource.hours,
    }


@router.post(
    "",
    response={201: CheckinOut, 401: dict[str, Any], 403: dict[str, Any], 422: dict[str, Any]},
    auth=WRITE_AUTH,
    summary="Save a check-in",
)
def create_checkin(request: AuthedHttpRequest, payload: CheckinIn) -> Status[Any]:
    """Score and save one instrument. Crisis lines come first when the safety item is positive."""
    from kratomwise.web.checkins import services
    from kratomwise.web.help.country import resolve_country

    def write() -> tuple[int, Any]:
        try:
            saved, result = services.record(request.user, payload.instrument, payload.answers)
        except ValueError as exc:
            raise HttpError(422, str(exc)) from None
        country, _how = resolve_country(request)
        lines = services.safety_lines(result, country)
        return 201, {
            **{kind: [_line(r) for r in rows] for kind, rows in lines.items()},
            "id": saved.pk,
            "taken_at": saved.taken_at.isoformat(),
            **result.as_dict(),
        }

    return idempotency.run(request, write)
