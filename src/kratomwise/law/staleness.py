"""When a legal-status row should be re-checked before anyone relies on it."""

from __future__ import annotations

import calendar
from datetime import date

from kratomwise.i18n import N_, _
from kratomwise.law.model import Confidence, LawRow, PartialDate

STALE_AFTER_MONTHS = 12  # a row older than this (from its as-of date) says "check current law"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_old(as_of: PartialDate, today: date) -> bool:
    """True when ``as_of`` is more than 12 months before ``today``.

    A partial date counts from its first day ("2025" → 1 January 2025), the cautious reading.
    """
    return today > add_months(as_of.start, STALE_AFTER_MONTHS)


def stale_reasons(row: LawRow, today: date) -> tuple[str, ...]:
    """Plain reasons this row needs re-checking (empty when it is fresh and confirmed)."""
    reasons: list[str] = []
    if is_old(row.as_of, today):
        reasons.append(
            _("{name}: last checked {as_of}, more than {months} months ago.").format(
                name=row.shown_name, as_of=row.as_of.text, months=STALE_AFTER_MONTHS
            )
        )
    if row.confidence is Confidence.unverified:
        reasons.append(
            _("{name}: not confirmed against an official or independent source.").format(
                name=row.shown_name
            )
        )
    return tuple(reasons)


def is_stale(row: LawRow, today: date) -> bool:
    return bool(stale_reasons(row, today))


CHECK_CURRENT_LAW = N_(  # translated where it is shown
    "Check current law. This answer may be out of date or unconfirmed, and kratom laws change "
    "often. Before you rely on it, confirm it with an official source for the place."
)
