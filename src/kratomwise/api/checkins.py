"""POST /api/checkins: store a completed instrument for the caller and return the scored
result, help lines first: a positive suicide-risk item returns crisis lines, as the page does."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ninja import Body, Router, Schema, Status
from ninja.errors import HttpError

from kratomwise.api import idempotency
from kratomwise.api.answers import answers_of, request_schema
from kratomwise.api.auth import WRITE_AUTH
from kratomwise.api.errors import NOT_JSON, responses
from kratomwise.api.shapes import schema
from kratomwise.assess.model import Result
from kratomwise.web.accounts.http import AuthedHttpRequest

router = Router(tags=["checkins"])

# An instrument (GET /api/assess/instruments) and its answers.
if TYPE_CHECKING:  # a model per instrument, made at import time: Any to the type checker
    CheckinIn = Any
else:
    CheckinIn = request_schema("Checkin", Schema)


class LineOut(Schema):
    name: str
    phone: str | None
    sms: str | None
    url: str | None
    hours: str | None


class _Saved(Schema):
    # What the answer adds, before the scored result (``kratomwise score`` JSON).
    crisis_lines: list[LineOut]
    emergency_lines: list[LineOut]
    care_lines: list[LineOut]
    id: int
    taken_at: str


CheckinOut = schema(Result, "CheckinOut", _Saved)


def _line(resource: Any) -> dict[str, Any]:
    return {name: getattr(resource, name) for name in LineOut.model_fields}


@router.post(
    "",
    response=responses(CheckinOut, NOT_JSON, write=True, status=201),
    auth=WRITE_AUTH,
    summary="Save a check-in",
)
def create_checkin(request: AuthedHttpRequest, payload: Body[CheckinIn]) -> Status[Any]:
    """Score and save one instrument. Crisis lines come first when the safety item is positive."""
    from kratomwise.web.checkins import services
    from kratomwise.web.help.country import resolve_country

    def write() -> tuple[int, Any]:
        try:
            saved, result = services.record(request.user, payload.instrument, answers_of(payload))
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
