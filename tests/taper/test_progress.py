"""Adherence and days to finish."""

from __future__ import annotations

from decimal import Decimal as D

from kratomwise.taper import CheckIn, adherence, build_plan, on_target, pace
from tests.taper.helpers import day, settings


def test_on_target_at_or_below_or_within_ten_percent_above() -> None:
    assert on_target(D("8.8"), D(8))
    assert on_target(D("7.2"), D(8))
    assert on_target(D(2), D(8))  # taking less than planned is on target
    assert on_target(D(0), D(8))
    assert not on_target(D("8.9"), D(8))
    assert on_target(D(0), D(0))
    assert not on_target(D("0.25"), D(0))


def test_adherence_counts_recorded_days_up_to_today() -> None:
    plan = build_plan(settings("8"))
    checkins = [
        CheckIn(day(0), amount_taken=D(8)),
        CheckIn(day(1), amount_taken=D(9)),  # 12.5 % over
        CheckIn(day(2)),  # no amount: not counted
        CheckIn(day(3), amount_taken=D(5)),  # less than the target: on target
        CheckIn(day(7), amount_taken=D("7.25")),
        CheckIn(day(30), amount_taken=D(1)),  # after today: not counted
    ]
    result = adherence(plan, checkins, today=day(10))
    assert (result.days_recorded, result.days_on_target, result.percent) == (4, 3, 75)


def test_adherence_without_records() -> None:
    assert adherence(build_plan(settings()), [], today=day(3)).percent is None


def test_pace_without_holds_matches_the_plan() -> None:
    plan = build_plan(settings("8"))
    result = pace(plan, day(14))
    assert result.days_left_planned == (plan.end_date - day(14)).days
    assert result.days_left_at_pace == result.days_left_planned
    assert result.reductions_done == 2


def test_pace_with_holds_is_slower() -> None:
    checkins = [CheckIn(day(6), pause=True), CheckIn(day(13), pause=True)]
    plan = build_plan(settings("8"), checkins)
    result = pace(plan, day(21))  # one reduction in 21 days
    assert result.reductions_done == 1
    assert result.days_left_at_pace == result.reductions_left * 21
    assert result.days_left_at_pace > result.days_left_planned


def test_pace_after_the_end() -> None:
    plan = build_plan(settings("1", percent="50"))
    result = pace(plan, plan.end_date + (plan.end_date - day(0)))
    assert result.days_left_planned == 0 and result.days_left_at_pace == 0
