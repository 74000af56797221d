"""Who on a clinician's caseload needs attention first, and why.

Each flag names its rule and the facts behind it. The windows and the seven-day gap are
project choices (expert opinion), not figures from the cited facts; TAP-04 asks for frequent
contact during a taper, TAP-09 for a pause and care when mood or safety worsen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Final

from kratomwise.i18n import _

RECENT: Final = timedelta(days=14)  # how far back a safety answer or triage result counts
CHECKIN_GAP: Final = timedelta(days=7)  # no check-in for this long → reach out


class Priority(IntEnum):
    """Lower sorts first."""

    safety = 0
    urgent = 1
    review = 2
    contact = 3


@dataclass(frozen=True)
class Snapshot:
    """What the caseload may know of one person (only from categories they shared)."""

    person_id: int
    suicide_item_positive_at: datetime | None = None  # PHQ-9 item 9 above 0
    triage_level_at: tuple[str, datetime] | None = None  # ("urgent" | "emergency", when)
    dangerous_combination_at: datetime | None = None
    taper_on_hold: bool = False
    last_checkin_at: datetime | None = None
    shares_checkins: bool = True


@dataclass(frozen=True)
class Flag:
    priority: Priority
    rule: str
    fact_ids: tuple[str, ...]


def flags(snapshot: Snapshot, now: datetime) -> list[Flag]:
    found: list[Flag] = []
    if snapshot.suicide_item_positive_at and now - snapshot.suicide_item_positive_at <= RECENT:
        found.append(
            Flag(
                Priority.safety,
                _("Thoughts of self-harm reported in the last 14 days (PHQ-9 item 9)."),
                ("TAP-09",),
            )
        )
    if snapshot.triage_level_at:
        level, when = snapshot.triage_level_at
        if level in ("urgent", "emergency") and now - when <= RECENT:
            found.append(
                Flag(
                    Priority.urgent,
                    _("A red-flag check in the last 14 days called for urgent or emergency care."),
                    ("TAP-09", "IXN-05"),
                )
            )
    if snapshot.dangerous_combination_at and now - snapshot.dangerous_combination_at <= RECENT:
        found.append(
            Flag(
                Priority.urgent,
                _("The journal shows a dangerous combination in the last 14 days."),
                ("INT-07", "HRM-09", "IXN-05"),
            )
        )
    if snapshot.taper_on_hold:
        found.append(Flag(Priority.review, _("The taper is on hold."), ("TAP-05", "TAP-09")))
    if snapshot.shares_checkins and (
        snapshot.last_checkin_at is None or now - snapshot.last_checkin_at > CHECKIN_GAP
    ):
        found.append(Flag(Priority.contact, _("No check-in for 7 days or more."), ("TAP-04",)))
    return sorted(found, key=lambda flag: flag.priority)


def sort_key(snapshot_flags: list[Flag]) -> tuple[int, int]:
    """Most urgent first, then the most flags."""
    top = min((flag.priority for flag in snapshot_flags), default=len(Priority))
    return (int(top), -len(snapshot_flags))
