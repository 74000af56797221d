"""Plan generation from the person's own numbers, with holds from check-ins.

The app never proposes a starting amount or a dose: it steps down from the amount the person
gives. Each step lowers the current amount by ``percent`` (at least ``min_step``, at least one
measurable unit), rounds to a measurable amount, and drops to zero once the next amount would
fall below ``floor``. Amounts never increase; steps are contiguous; the last step is 0.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from kratomwise.dates import date_problem
from kratomwise.i18n import _
from kratomwise.shapes import Shaped
from kratomwise.taper import rules
from kratomwise.taper.checkins import CheckIn, sorted_checkins
from kratomwise.taper.ending import Closing, closing
from kratomwise.taper.holds import HoldReason, Thresholds, hold_reasons
from kratomwise.taper.notices import (
    Notice,
    PlanContext,
    no_kratom_rate_statement,
    talk_to_clinician,
    treatment_options,
)
from kratomwise.taper.rate import (
    Cut,
    RateComparison,
    fast_cuts,
    fast_taper,
    iso_date,
    rate_comparison,
    real_cuts,
)
from kratomwise.taper.units import Unit, increment, round_down, round_nearest


class TaperError(ValueError):
    """Plan settings that cannot make a plan; the message is one plain sentence."""


class StepStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The person's own numbers. ``min_step``/``floor`` are in ``unit``; ``None``/0 = unset."""

    amount: Decimal
    unit: Unit
    percent: Decimal
    every_days: int
    start: dt.date
    min_step: Decimal | None = None
    floor: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        if not self.amount.is_finite() or self.amount <= 0:
            raise TaperError(_("the starting amount must be more than 0"))
        if self.amount > rules.MAX_AMOUNT:
            raise TaperError(
                _("the starting amount must be at most {top}").format(top=rules.MAX_AMOUNT)
            )
        problem = date_problem(self.start)
        if problem is not None:
            raise TaperError(_("the start date: {problem}").format(problem=problem))
        if not self.percent.is_finite() or not 0 < self.percent < 100:
            raise TaperError(_("the percent per step must be more than 0 and less than 100"))
        if isinstance(self.every_days, bool) or not 1 <= self.every_days <= rules.MAX_EVERY_DAYS:
            raise TaperError(
                _("the step length must be a whole number of days from 1 to {top}").format(
                    top=rules.MAX_EVERY_DAYS
                )
            )
        if self.min_step is not None and (
            not self.min_step.is_finite() or self.min_step < 0 or self.min_step >= self.amount
        ):
            raise TaperError(_("the minimum step must be 0 or more and below the starting amount"))
        if not self.floor.is_finite() or self.floor < 0 or self.floor >= self.amount:
            raise TaperError(_("the floor must be 0 or more and below the starting amount"))

    @property
    def start_amount(self) -> Decimal:
        """The starting amount as a measurable amount (rounded down, never up)."""
        rounded = round_down(self.amount, self.unit)
        return rounded if rounded > 0 else self.amount

    @property
    def weekly_percent(self) -> Decimal:
        """The reduction per week implied by ``percent`` every ``every_days`` days."""
        kept = (1 - self.percent / 100) ** (Decimal(7) / Decimal(self.every_days))
        return (1 - kept) * 100


@dataclass(frozen=True, slots=True)
class Step(Shaped):
    JSON: ClassVar[str] = "start end daily_amount status reason"

    start: dt.date
    end: dt.date
    daily_amount: Decimal
    status: StepStatus = StepStatus.PLANNED
    reasons: tuple[HoldReason, ...] = ()
    overridden: tuple[HoldReason, ...] = ()  # hold reasons the person chose to go past
    due: dt.date | None = None  # the day this step's reduction was first due

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def reason(self) -> str | None:
        if self.reasons:
            return " ".join(r.message for r in self.reasons)
        if self.overridden:
            return _("You chose to continue despite: {why}").format(
                why=" ".join(r.message for r in self.overridden)
            )
        return None

    @property
    def fact_ids(self) -> tuple[str, ...]:
        ids: dict[str, None] = {}
        for r in (*self.reasons, *self.overridden):
            ids.update(dict.fromkeys(r.fact_ids))
        return tuple(ids)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Plan(Shaped):
    """``as_dict()`` is the object `kratomwise taper plan --format json` prints."""

    JSON: ClassVar[str] = (
        "unit=settings.unit percent=settings.percent every_days=settings.every_days steps "
        "end_date warnings fast_steps rate=comparison no_kratom_rate ending"
    )

    settings: PlanSettings
    steps: tuple[Step, ...]
    warnings: tuple[Notice, ...] = field(default=())
    fast_steps: tuple[Cut, ...] = ()  # real cuts faster than 10 % a week
    rate: RateComparison | None = None
    ending: tuple[Closing, ...] = ()  # tolerance/naloxone, then the treatment hand-off

    @property
    def end_date(self) -> dt.date:
        return self.steps[-1].end

    @property
    def comparison(self) -> RateComparison:
        """The rate comparison shown with the plan (computed when the plan has none)."""
        return rate_comparison(self.settings) if self.rate is None else self.rate

    @property
    def no_kratom_rate(self) -> Notice:
        return no_kratom_rate_statement()

    @property
    def holds(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.status is StepStatus.HELD)

    def step_on(self, day: dt.date) -> Step | None:
        for step in self.steps:
            if step.contains(day):
                return step
        return None

    def target_on(self, day: dt.date) -> Decimal | None:
        """The plan's daily amount on ``day``: None before the start, 0 after the end."""
        if day < self.settings.start:
            return None
        step = self.step_on(day)
        return step.daily_amount if step is not None else Decimal(0)


def next_amount(current: Decimal, settings: PlanSettings) -> Decimal:
    """The amount after one reduction from ``current``: lower, measurable, or zero."""
    unit = settings.unit
    min_step = settings.min_step or Decimal(0)
    target = current * (1 - settings.percent / 100)
    target = min(target, current - min_step)
    amount = round_nearest(target, unit)
    if amount > current - min_step:  # rounding up must not shrink the minimum step
        amount = round_down(current - min_step, unit)
    if amount >= current:  # rounding ate the reduction: step down one measurable unit
        amount = current - increment(unit, current)
        amount = round_down(amount, unit) if amount > 0 else Decimal(0)
    if amount <= 0 or amount < settings.floor:
        return Decimal(0)
    return amount


def planned_amounts(settings: PlanSettings) -> list[Decimal]:
    """The sequence of daily amounts without holds, ending with 0."""
    amounts = [settings.start_amount]
    while amounts[-1] > 0:
        if len(amounts) > rules.MAX_STEPS:
            raise TaperError(
                _("this plan would need more than {n} steps; choose a larger reduction").format(
                    n=rules.MAX_STEPS
                )
            )
        amounts.append(next_amount(amounts[-1], settings))
    return amounts


def _latest_in_window(checkins: list[CheckIn], after: dt.date, through: dt.date) -> CheckIn | None:
    """The latest check-in with ``after < day <= through``."""
    latest = None
    for item in checkins:
        if item.day > through:
            break
        if item.day > after:
            latest = item
    return latest


def build_plan(
    settings: PlanSettings,
    checkins: Iterable[CheckIn] = (),
    thresholds: Thresholds | None = None,
    overrides: Collection[dt.date] = (),
    context: PlanContext | None = None,
    date_format: Callable[[dt.date], str] = iso_date,
) -> Plan:
    """Build the plan, holding each reduction the pause rule (docs/instruments.md §9.4) holds.

    A reduction due on day D is held when the latest check-in on or before D, and after the
    current step began (for the first step: on or after the start), gives a hold reason. Each
    check-in counts for one decision only. A hold is a step of one step length at the unchanged
    amount; the reduction follows it (unless the next check-in gives a reason again).
    ``overrides`` lists due days on which the person chose to go ahead despite a hold.
    ``context`` feeds the `talk_to_clinician` and treatment-options notices and picks the
    country's lines in the ending; ``date_format`` writes the dates inside messages.
    Overrides never apply to care-first holds (urgent triage, thoughts of self-harm).
    """
    steps = schedule(settings, checkins, thresholds, overrides, date_format)
    context = context or PlanContext()
    cuts = real_cuts(steps, settings.unit)
    fast = fast_cuts(cuts)
    found = (
        talk_to_clinician(context),
        treatment_options([s.start for s in steps if s.status is StepStatus.HELD], context),
        fast_taper(fast, date_format),
    )
    return Plan(
        settings,
        steps,
        warnings=tuple(n for n in found if n is not None),
        fast_steps=tuple(fast),
        rate=rate_comparison(settings),
        ending=closing(context.country),
    )


def schedule(
    settings: PlanSettings,
    checkins: Iterable[CheckIn] = (),
    thresholds: Thresholds | None = None,
    overrides: Collection[dt.date] = (),
    date_format: Callable[[dt.date], str] = iso_date,
) -> tuple[Step, ...]:
    """The plan's steps with their holds (``build_plan`` without its notices): what a list of
    many people needs, such as a clinician's caseload asking who is on hold."""
    amounts = planned_amounts(settings)
    ordered = sorted_checkins(checkins)
    limits = thresholds or Thresholds()
    override_days = frozenset(overrides)
    length = dt.timedelta(days=settings.every_days)
    one_day = dt.timedelta(days=1)

    steps: list[Step] = []
    start = settings.start
    window_after = settings.start - one_day  # check-ins already used end here
    index = 0
    status = StepStatus.PLANNED
    reasons: tuple[HoldReason, ...] = ()
    overridden: tuple[HoldReason, ...] = ()
    first_due: dt.date | None = None
    while True:
        amount = amounts[index]
        if amount == 0:
            steps.append(Step(start, start, amount, status, reasons, overridden, first_due))
            break
        if len(steps) >= rules.MAX_STEPS:
            raise TaperError(
                _("this plan would need more than {n} steps; choose a larger reduction").format(
                    n=rules.MAX_STEPS
                )
            )
        due = start + length
        steps.append(Step(start, due - one_day, amount, status, reasons, overridden, first_due))
        latest = _latest_in_window(ordered, window_after, due)
        why = hold_reasons(latest, limits, date_format) if latest is not None else ()
        window_after = due
        care_first = any(r.care_first for r in why)
        if why and (care_first or due not in override_days):
            status, reasons, overridden = StepStatus.HELD, why, ()
            first_due = first_due or due
        else:
            index += 1
            status, reasons, overridden = StepStatus.PLANNED, (), why
            first_due = None
        start = due
    return tuple(steps)
