"""POST /api/check: grade a text claim by claim (the object `kratomwise check -f json` prints)."""

from __future__ import annotations

from typing import Any, Literal

from ninja import Field, Router, Schema

from kratomwise.api.errors import NOT_JSON, responses
from kratomwise.api.shapes import schema
from kratomwise.claims import FORMATS
from kratomwise.claims.checker import MAX_CHARS
from kratomwise.claims.model import Report

router = Router(tags=["claims"])


class CheckIn(Schema):
    text: str = Field(..., max_length=MAX_CHARS, description=f"At most {MAX_CHARS:,} characters")
    format: Literal[FORMATS] = "text"  # type: ignore[valid-type]
    lines: bool = Field(False, strict=True)


ClaimReportOut = schema(Report, "ClaimReportOut")


@router.post(
    "", response=responses(ClaimReportOut, NOT_JSON), summary="Check a text claim by claim"
)
def check(request: Any, payload: CheckIn) -> dict[str, Any]:
    """Each sentence gets a verdict (supported, contradicted, unsupported or not_a_claim) with
    the fact ids behind it; disease claims are flagged and shop or affiliate links listed.
    ``format`` is text, markdown or html; no URL is ever fetched."""
    from kratomwise.claims import check_text

    return check_text(payload.text, fmt=payload.format, lines=payload.lines).as_dict()
