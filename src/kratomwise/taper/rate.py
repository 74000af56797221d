"""How fast a plan really cuts: each step's cut after rounding, minimum step and floor.

The person's percent is a wish; what they take is the measurable amount the plan rounds to.
Eight capsules at 10 % a week become 8 → 7 → 6 …: cuts of 12.5 %, 14.3 % … 100 % a week. The
fast-taper warning therefore looks at every real cut, not at the percent typed in, and names
the steps that cut faster than the opioid guidance's 10 % a week (TAP-03). Beside the person's
rate it always shows the slower figure for long-term use, about 10 % a month (TAP-02). No taper
rate for kratom has been studied (TAP-08).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, ClassVar

from kratomwise.i18n import _
from kratomwise.shapes import Shaped
from kratomwise.taper import rules
from kratomwise.taper.notices import Notice
from kratomwise.taper.units import Unit, format_amount, format_quantity, increment

if TYPE_CHECKING:
    from kratomwise.taper.plan import PlanSettings, Step

DateFormat = Callable[[dt.date], str]
MAX_NAMED_STEPS = 8  # the message names this many fast steps; JSON lists them all
_TENTH = Decimal("0.1")


def iso_date(day: dt.date) -> str:
    return day.isoformat()


def every_days(days: int) -> str:
    """``every day`` or ``every 7 days``."""
    return _("every day") if days == 1 else _("every {n} days").format(n=days)


def per_period(kept: Decimal, days: int, period: int) -> Decimal:
    """Percent cut over ``period`` days when ``kept`` (a fraction) is kept every ``days``."""
    if kept <= 0:
        return Decimal(100)
    return (1 - kept ** (Decimal(period) / Decimal(days))) * 100


@dataclass(frozen=True, slots=True)
class Cut(Shaped):
    """One reduction of the plan as it will really be taken."""

    JSON: ClassVar[str] = "start from=before to=after weekly_percent=shown_weekly_percent"

    start: dt.date  # first day at the lower amount
    before: Decimal
    after: Decimal
    days: int  # days the amount before was in effect (holds included)
    unit: Unit

    @property
    def percent(self) -> Decimal:
        return (self.before - self.after) / self.before * 100

    @property
    def weekly_percent(self) -> Decimal:
        return per_period(self.after / self.before, self.days, 7)

    @property
    def shown_weekly_percent(self) -> Decimal:
        return self.weekly_percent.quantize(_TENTH)

    @property
    def last_unit(self) -> bool:
        """The final step to zero from the smallest measurable amount: it cannot be smaller."""
        return self.after == 0 and self.before <= increment(self.unit, self.before)


def real_cuts(steps: Sequence[Step], unit: Unit) -> list[Cut]:
    """Every reduction in ``steps``, with the days the previous amount lasted."""
    cuts: list[Cut] = []
    days = 0
    for before, after in itertools.pairwise(steps):
        days += before.days
        if after.daily_amount < before.daily_amount:
            cuts.append(Cut(after.start, before.daily_amount, after.daily_amount, days, unit))
            days = 0
    return cuts


def is_fast(cut: Cut) -> bool:
    """Faster than ``FAST_TAPER_WEEKLY_PERCENT`` a week, to the nearest whole percent."""
    weekly = cut.weekly_percent.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return weekly > rules.FAST_TAPER_WEEKLY_PERCENT


def fast_cuts(cuts: Sequence[Cut]) -> list[Cut]:
    """The real cuts faster than 10 % a week.

    The last one-unit step to zero after earlier steps (nothing smaller can be measured, every
    plan has it) does not warn on its own; it is named when other steps warn.
    """
    fast = [c for i, c in enumerate(cuts) if is_fast(c) and (i == 0 or not c.last_unit)]
    if fast and cuts[-1] is not fast[-1] and cuts[-1].last_unit:
        fast.append(cuts[-1])
    return fast


def _percent(value: Decimal) -> str:
    return format_amount(value.quantize(_TENTH))


def _describe(cut: Cut, date_format: DateFormat) -> str:
    if cut.after == 0:
        return _("{day}: {before} to none, stopping at once").format(
            day=date_format(cut.start), before=format_quantity(cut.before, cut.unit)
        )
    return _("{day}: {before} to {after} ({weekly} % a week)").format(
        day=date_format(cut.start),
        before=format_quantity(cut.before, cut.unit),
        after=format_quantity(cut.after, cut.unit),
        weekly=_percent(cut.weekly_percent),
    )


def fast_taper(fast: Sequence[Cut], date_format: DateFormat = iso_date) -> Notice | None:
    """The warning naming the steps that cut faster than 10 % a week; None when none do."""
    if not fast:
        return None
    named = [_describe(c, date_format) for c in fast[:MAX_NAMED_STEPS]]
    more = len(fast) - len(named)
    steps = _("; ").join(named)
    if more:
        steps += _("; and {n} more").format(n=more)
    lead = (
        _(
            "Once amounts are rounded to what you can measure, one of your steps cuts faster "
            "than 10 % a week"
        )
        if len(fast) == 1
        else _(
            "Once amounts are rounded to what you can measure, {n} of your steps cut faster "
            "than 10 % a week"
        ).format(n=len(fast))
    )
    return Notice(
        "fast_taper",
        lead
        + _(
            ": {steps}. Opioid guidance after shorter use describes cuts of 10 % a "
            "week or slower, and about 10 % a month or slower after a year or more of daily use; "
            "faster cuts bring more withdrawal. No taper rate for kratom has been studied. To "
            "slow these steps, make each step last more days or cut a smaller percent."
        ).format(steps=steps),
        rules.FAST_TAPER_FACTS,
    )


@dataclass(frozen=True, slots=True)
class RateComparison(Shaped):
    """The person's rate beside the guidance figures; shown with every plan."""

    JSON: ClassVar[str] = (
        "weekly_percent monthly_percent shorter_use_weekly_percent long_term_monthly_percent "
        "message fact_ids"
    )

    weekly_percent: Decimal  # to a tenth, as shown
    monthly_percent: Decimal
    message: str
    fact_ids: tuple[str, ...]

    @property
    def shorter_use_weekly_percent(self) -> Decimal:
        return rules.FAST_TAPER_WEEKLY_PERCENT

    @property
    def long_term_monthly_percent(self) -> Decimal:
        return rules.LONG_TERM_MONTHLY_PERCENT


def rate_comparison(settings: PlanSettings) -> RateComparison:
    kept = 1 - settings.percent / 100
    weekly = per_period(kept, settings.every_days, 7)
    monthly = per_period(kept, settings.every_days, 30)
    message = _(
        "Your plan: {percent} % {every}, about {weekly} % a week or {monthly} % a month. For "
        "comparison, opioid guidance describes 10 % a week or slower after shorter use, and "
        "about {long_term} % a month or slower after a year or more of daily use."
    ).format(
        percent=format_amount(settings.percent),
        every=every_days(settings.every_days),
        weekly=_percent(weekly),
        monthly=_percent(monthly),
        long_term=format_amount(rules.LONG_TERM_MONTHLY_PERCENT),
    )
    return RateComparison(
        weekly.quantize(_TENTH), monthly.quantize(_TENTH), message, rules.RATE_FACTS
    )
