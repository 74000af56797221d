"""Small builders shared by the taper tests."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from kratomwise.taper import Plan, PlanSettings, Unit

START = dt.date(2026, 1, 1)


def settings(
    amount: str = "8",
    unit: Unit = Unit.G,
    percent: str = "10",
    every: int = 7,
    min_step: str | None = None,
    floor: str = "0",
    start: dt.date = START,
) -> PlanSettings:
    return PlanSettings(
        amount=Decimal(amount),
        unit=unit,
        percent=Decimal(percent),
        every_days=every,
        start=start,
        min_step=None if min_step is None else Decimal(min_step),
        floor=Decimal(floor),
    )


def day(n: int) -> dt.date:
    """Day ``n`` of the plan (day 0 = start)."""
    return START + dt.timedelta(days=n)


def assert_well_formed(plan: Plan) -> None:
    """Contiguous steps, amounts never increase, the last step is 0."""
    steps = plan.steps
    assert steps[0].start == plan.settings.start
    for before, after in itertools.pairwise(steps):
        assert after.start == before.end + dt.timedelta(days=1)
        assert after.daily_amount <= before.daily_amount
        assert before.end >= before.start
    assert steps[-1].daily_amount == 0
    assert plan.end_date == steps[-1].end
