"""How the taper is going: adherence and days to finish at the current pace."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kratomwise.taper import rules
from kratomwise.taper.checkins import CheckIn, sorted_checkins
from kratomwise.taper.plan import Plan


@dataclass(frozen=True, slots=True)
class Adherence:
    days_recorded: int  # days from the start to ``today`` with an amount taken
    days_on_target: int  # of those, days at or below the target (or at most 10 % above)
    percent: int | None  # rounded; None when nothing is recorded yet


def on_target(taken: Decimal, target: Decimal) -> bool:
    """At or below the target, or at most ``ADHERENCE_TOLERANCE`` (10 %) above it.

    Taking less than planned always counts; a zero target needs zero.
    """
    return taken <= target * (1 + rules.ADHERENCE_TOLERANCE)


def adherence(plan: Plan, checkins: Iterable[CheckIn], today: dt.date) -> Adherence:
    """Percent of recorded days (plan start .. today) on target (see ``on_target``)."""
    recorded = on = 0
    for item in sorted_checkins(checkins):
        if item.amount_taken is None or item.day > today:
            continue
        target = plan.target_on(item.day)
        if target is None:
            continue
        recorded += 1
        on += on_target(item.amount_taken, target)
    percent = round(100 * on / recorded) if recorded else None
    return Adherence(recorded, on, percent)


@dataclass(frozen=True, slots=True)
class Pace:
    days_left_planned: int  # days from today to the plan's end date (0 once reached)
    days_left_at_pace: int  # the same, stretched by the holds so far
    reductions_done: int
    reductions_left: int


def _is_reduction(plan: Plan, index: int) -> bool:
    return index > 0 and plan.steps[index].daily_amount < plan.steps[index - 1].daily_amount


def pace(plan: Plan, today: dt.date) -> Pace:
    """Days to finish: as planned from today, and at the pace kept so far.

    The pace so far is days elapsed per reduction made (holds slow it down); the days left at
    that pace are the reductions left times that figure, never fewer than the plan's own days.
    """
    done = sum(1 for i, s in enumerate(plan.steps) if _is_reduction(plan, i) and s.start <= today)
    left = sum(1 for i, s in enumerate(plan.steps) if _is_reduction(plan, i) and s.start > today)
    planned = max(0, (plan.end_date - today).days)
    elapsed = (today - plan.settings.start).days
    at_pace = planned
    if done and left and elapsed > 0:
        per_reduction = elapsed / done
        at_pace = max(planned, math.ceil(left * per_reduction))
    return Pace(planned, at_pace, done, left)
