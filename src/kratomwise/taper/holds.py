"""The pause rule (docs/instruments.md §9.4): why a reduction due on a day is held.

Hold the step due that day (postpone it by one step length, never increase) when, in the latest
check-in since the current step began:

1. the latest clinician COWS within 24 h is at or above ``COWS_HOLD_THRESHOLD`` (kratomwise.assess);
2. triage is ``see_clinician`` because of ``TR-C6`` (four or more withdrawal symptoms);
3. triage is ``urgent`` or ``emergency`` (care comes first; taper prompts stop);
4. the latest PHQ-9 item 9 is above 0;
5. the person asked for a pause; or
6. SOWS/withdrawal or craving reached a **personal** threshold the person set (none by default:
   no validated cut-off exists).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from kratomwise.assess import COWS_HOLD_THRESHOLD  # one threshold, owned by assess
from kratomwise.i18n import _
from kratomwise.shapes import Shaped
from kratomwise.taper import rules
from kratomwise.taper.checkins import WITHDRAWAL_MAX, CheckIn, CheckinError


class HoldCode(enum.StrEnum):
    PAUSE_REQUESTED = "pause_requested"
    WITHDRAWAL_THRESHOLD = "withdrawal_threshold"
    CRAVING_THRESHOLD = "craving_threshold"
    COWS = "cows"
    WITHDRAWAL_CLUSTER = "withdrawal_cluster"
    TRIAGE_URGENT = "triage_urgent"
    PHQ9_ITEM9 = "phq9_item9"


@dataclass(frozen=True, slots=True)
class HoldReason(Shaped):
    code: HoldCode
    message: str
    fact_ids: tuple[str, ...]
    care_first: bool = False  # urgent/emergency triage or self-harm item: show care guidance first


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Personal hold thresholds; ``None`` (the default) means no hold from that score."""

    withdrawal: int | None = None
    craving: int | None = None

    def __post_init__(self) -> None:
        for name, value, top in (
            ("withdrawal", self.withdrawal, WITHDRAWAL_MAX),
            ("craving", self.craving, 10),
        ):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
                raise CheckinError(
                    _("the {name} threshold must be a whole number from 1 to {top}").format(
                        name=name, top=top
                    )
                )


def _reached(score: int | None, limit: int | None) -> bool:
    """A score at or above a personal threshold (no hold when either is not set)."""
    return score is not None and limit is not None and score >= limit


def hold_reasons(
    checkin: CheckIn,
    thresholds: Thresholds,
    date_format: Callable[[dt.date], str] = dt.date.isoformat,
) -> tuple[HoldReason, ...]:
    """Every §9.4 reason this check-in gives to hold the step due; empty when none."""
    day = date_format(checkin.day)
    found: list[HoldReason] = []
    level = (checkin.triage_level or "").strip().lower()
    if level in rules.TRIAGE_HOLD_LEVELS:
        found.append(
            HoldReason(
                HoldCode.TRIAGE_URGENT,
                (
                    _(
                        "Your symptoms on {day} need emergency care first. The taper waits "
                        "until you have been seen."
                    )
                    if level == "emergency"
                    else _(
                        "Your symptoms on {day} need medical care today. The taper waits "
                        "until you have been seen."
                    )
                ).format(day=day),
                rules.HOLD_URGENT_FACTS,
                care_first=True,
            )
        )
    if checkin.phq9_item9 is not None and checkin.phq9_item9 > 0:
        found.append(
            HoldReason(
                HoldCode.PHQ9_ITEM9,
                _(
                    "Your mood check-in up to {day} mentioned thoughts of being better off dead "
                    "or of hurting yourself. The taper waits; please talk to someone today."
                ).format(day=day),
                rules.HOLD_MOOD_FACTS,
                care_first=True,
            )
        )
    if checkin.cows_total is not None and checkin.cows_total >= COWS_HOLD_THRESHOLD:
        found.append(
            HoldReason(
                HoldCode.COWS,
                _(
                    "A clinician's withdrawal score (COWS {score}) on {day} shows moderate or "
                    "stronger withdrawal."
                ).format(score=checkin.cows_total, day=day),
                rules.HOLD_CLINICAL_FACTS,
            )
        )
    if level == "see_clinician" and rules.TRIAGE_WITHDRAWAL_CLUSTER_RULE in checkin.triage_rules:
        found.append(
            HoldReason(
                HoldCode.WITHDRAWAL_CLUSTER,
                _("You reported four or more withdrawal symptoms on {day}.").format(day=day),
                rules.HOLD_CLINICAL_FACTS,
            )
        )
    if checkin.pause:
        found.append(
            HoldReason(
                HoldCode.PAUSE_REQUESTED,
                _("You asked for a pause on {day}.").format(day=day),
                rules.HOLD_PAUSE_FACTS,
            )
        )
    if _reached(checkin.withdrawal, thresholds.withdrawal):
        found.append(
            HoldReason(
                HoldCode.WITHDRAWAL_THRESHOLD,
                _(
                    "Your withdrawal score on {day} was {score}, at or above the threshold of "
                    "{limit} you set."
                ).format(day=day, score=checkin.withdrawal, limit=thresholds.withdrawal),
                rules.HOLD_WITHDRAWAL_FACTS,
            )
        )
    if _reached(checkin.craving, thresholds.craving):
        found.append(
            HoldReason(
                HoldCode.CRAVING_THRESHOLD,
                _(
                    "Your craving on {day} was {score} out of 10, at or above the threshold of "
                    "{limit} you set."
                ).format(day=day, score=checkin.craving, limit=thresholds.craving),
                rules.HOLD_CRAVING_FACTS,
            )
        )
    return tuple(found)
