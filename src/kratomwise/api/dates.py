"""Dates in API requests: the core's one date rule, stated in the OpenAPI document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Field
from ninja.errors import HttpError

from kratomwise.dates import EARLIEST, DateRangeError, check_date, latest, pattern

# Computed when the server starts: the upper end moves one day a day, so a long-running server
# states a rule a little stricter than the one it applies, never looser.
DATE_PATTERN = pattern()
RANGE_TEXT = f"YYYY-MM-DD, from {EARLIEST.isoformat()} to one year after today"


def date_field(default: Any, description: str) -> Any:
    """A date parameter or field written YYYY-MM-DD within the accepted range."""
    return Field(
        default,
        description=f"{description} ({RANGE_TEXT}).",
        pattern=DATE_PATTERN,
        examples=[latest().replace(year=latest().year - 1).isoformat()],
    )


def parse_day(text: str, name: str) -> dt.date:
    """The date in ``text`` or a 422 naming ``name``."""
    try:
        return check_date(dt.date.fromisoformat(text.strip()))
    except DateRangeError as exc:
        raise HttpError(422, f"{name}: {exc}") from None
    except ValueError:
        raise HttpError(422, f"{name} {text!r} is not a date (use YYYY-MM-DD)") from None
