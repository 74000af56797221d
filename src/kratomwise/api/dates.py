"""Dates in API requests: the core's one date rule, stated in the OpenAPI document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Field
from ninja.errors import HttpError

from kratomwise.api.errors import explain_pattern
from kratomwise.dates import EARLIEST, DateRangeError, check_date, latest, pattern

# Computed when the server starts: the upper end moves one day a day, so a long-running server
# states a rule a little stricter than the one it applies, never looser.
DAYS_TEXT = f"from {EARLIEST.isoformat()} to one year after today"
RANGE_TEXT = f"YYYY-MM-DD, {DAYS_TEXT}"
DATE_PATTERN = explain_pattern(pattern(), lambda _v: f"must be a date written {RANGE_TEXT}")
# A date and time in that range (ISO 8601), with an optional offset: without one, the time is in
# the person's own time zone.
DATETIME_PATTERN = explain_pattern(
    DATE_PATTERN.removesuffix("$")
    + r"T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?"
    + r"(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9])?$",
    lambda _v: f"must be a date and time written YYYY-MM-DDThh:mm (ISO 8601) {DAYS_TEXT}",
)


def date_field(default: Any, description: str) -> Any:
    """A date parameter or field written YYYY-MM-DD within the accepted range."""
    return Field(
        default,
        description=f"{description} ({RANGE_TEXT}).",
        pattern=DATE_PATTERN,
        examples=[latest().replace(year=latest().year - 1).isoformat()],
    )


def datetime_field(default: Any, description: str) -> Any:
    """A date and time field written YYYY-MM-DDThh:mm[:ss][offset] within the accepted range."""
    return Field(
        default,
        description=f"{description} (ISO 8601, {DAYS_TEXT}; without an offset, in your time zone).",
        pattern=DATETIME_PATTERN,
        examples=["2026-11-02T08:30:00+00:00"],
    )


def parse_day(text: str, name: str) -> dt.date:
    """The date in ``text`` or a 422 naming ``name``."""
    try:
        return check_date(dt.date.fromisoformat(text.strip()))
    except DateRangeError as exc:
        raise HttpError(422, f"{name}: {exc}") from None
    except ValueError:
        raise HttpError(422, f"{name} {text!r} is not a date (use YYYY-MM-DD)") from None
