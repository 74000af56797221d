"""Plan generation: rounding, minimum step, floor, shape, validation."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kratomwise.taper import StepStatus, TaperError, Unit, build_plan, planned_amounts
from tests.taper.helpers import START, assert_well_formed, day, settings


def test_simple_plan_in_grams() -> None:
    plan = build_plan(settings("8", percent="10", every=7))
    amounts = [s.daily_amount for s in plan.steps]
    assert amounts[:5] == [D(8), D("7.25"), D("6.5"), D("5.75"), D("5.25")]
    assert all((a / D("0.25")) == int(a / D("0.25")) for a in amounts)  # measurable
    assert plan.steps[0].start == START and plan.steps[0].end == day(6)
    assert plan.steps[1].start == day(7)
    assert all(s.status is StepStatus.PLANNED and s.reason is None for s in plan.steps)
    assert_well_formed(plan)


def test_last_step_is_zero_and_one_day_long() -> None:
    plan = build_plan(settings("2", percent="25", every=5))
    last = plan.steps[-1]
    assert last.daily_amount == 0 and last.start == last.end == plan.end_date


def test_capsules_are_whole() -> None:
    amounts = planned_amounts(settings("6", Unit.CAPSULE, percent="10"))
    assert amounts == [D(n) for n in (6, 5, 4, 3, 2, 1, 0)]


def test_ml_half_steps() -> None:
    amounts = planned_amounts(settings("7", Unit.ML, percent="10"))
    assert amounts[:3] == [D(7), D("6.5"), D(6)]
    assert all(a * 2 == int(a * 2) for a in amounts)


def test_mg_rule_scales_with_amount() -> None:
    amounts = planned_amounts(settings("250", Unit.MG, percent="10"))
    assert amounts[:4] == [D(250), D(225), D(205), D(185)]
    assert D("9.0") in amounts and D("0.5") in amounts
    assert amounts[-1] == 0


def test_start_amount_rounds_down_never_up() -> None:
    assert planned_amounts(settings("7.4"))[0] == D("7.25")
    assert planned_amounts(settings("3.9", Unit.CAPSULE))[0] == D(3)
    # too small to round down: kept as given
    assert planned_amounts(settings("0.2", percent="50"))[0] == D("0.2")


def test_minimum_step_is_respected() -> None:
    amounts = planned_amounts(settings("8", percent="5", min_step="0.5"))
    assert amounts[:4] == [D(8), D("7.5"), D(7), D("6.5")]
    for before, after in itertools.pairwise(amounts):
        assert before - after >= D("0.5") or after == 0


def test_minimum_step_not_a_multiple_of_the_increment_rounds_to_a_larger_cut() -> None:
    amounts = planned_amounts(settings("2", percent="5", min_step="0.3"))
    assert amounts[1] == D("1.5")  # 2 - 0.3 = 1.7 would round up to 1.75: cut more instead


def test_without_minimum_step_rounding_still_cuts_one_unit() -> None:
    # 1 % of 4 g rounds back to 4 g: the plan still steps down by 0.25 g
    amounts = planned_amounts(settings("4", percent="1"))
    assert amounts[:3] == [D(4), D("3.75"), D("3.5")]


def test_floor_sends_the_next_step_to_zero() -> None:
    amounts = planned_amounts(settings("8", percent="10", min_step="0.5", floor="2"))
    assert amounts[-2:] == [D("2.25"), D(0)]
    assert all(a >= 2 for a in amounts[:-1])


def test_floor_equal_to_an_amount_keeps_it() -> None:
    amounts = planned_amounts(settings("4", percent="50", floor="1"))
    assert amounts == [D(4), D(2), D(1), D(0)]


def test_weekly_percent() -> None:
    assert settings(percent="10", every=7).weekly_percent == D(10)
    assert round(settings(percent="5", every=3).weekly_percent, 1) == D("11.3")
    assert round(settings(percent="10", every=14).weekly_percent, 2) == D("5.13")


def test_as_dict_matches_the_contract() -> None:
    out = build_plan(settings("3", Unit.CAPSULE, percent="30")).as_dict()
    assert set(out) == {
        "unit",
        "percent",
        "every_days",
        "steps",
        "end_date",
        "warnings",
        "fast_steps",
        "rate",
        "no_kratom_rate",
        "ending",
    }
    assert out["unit"] == "capsule" and out["percent"] == 30 and out["every_days"] == 7
    assert out["steps"][0] == {
        "start": "2026-01-01",
        "end": "2026-01-07",
        "daily_amount": 3,
        "status": "planned",
        "reason": None,
    }
    assert out["steps"][-1]["daily_amount"] == 0
    assert out["end_date"] == out["steps"][-1]["end"] == "2026-01-22"


def test_target_on() -> None:
    plan = build_plan(settings("8"))
    assert plan.target_on(START - dt.timedelta(days=1)) is None
    assert plan.target_on(day(0)) == 8
    assert plan.target_on(day(7)) == D("7.25")
    assert plan.target_on(plan.end_date + dt.timedelta(days=30)) == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"amount": "0"},
        {"amount": "-1"},
        {"percent": "0"},
        {"percent": "100"},
        {"percent": "-5"},
        {"every": 0},
        {"every": 366},
        {"min_step": "-1"},
        {"min_step": "8"},
        {"floor": "8"},
        {"floor": "-1"},
    ],
)
def test_bad_settings_raise(kwargs: dict[str, object]) -> None:
    with pytest.raises(TaperError):
        settings(**kwargs)  # type: ignore[arg-type]


def test_absurdly_long_plans_are_refused() -> None:
    with pytest.raises(TaperError):
        planned_amounts(settings("5000", percent="0.01"))


@hsettings(max_examples=150, deadline=None)
@given(
    amount=st.decimals(min_value="0.5", max_value="200", places=2),
    unit=st.sampled_from(list(Unit)),
    percent=st.decimals(min_value="1", max_value="90", places=1),
    every=st.integers(min_value=1, max_value=30),
    floor_share=st.sampled_from(["0", "0.1", "0.3"]),
)
def test_every_plan_is_well_formed(
    amount: D, unit: Unit, percent: D, every: int, floor_share: str
) -> None:
    floor = str((amount * D(floor_share)).quantize(D("0.01")))
    plan = build_plan(settings(str(amount), unit, str(percent), every, floor=floor))
    assert_well_formed(plan)
    amounts = [s.daily_amount for s in plan.steps]
    assert all(b < a for a, b in itertools.pairwise(amounts))  # strictly down
    assert all(a == 0 or a >= D(floor) for a in amounts[1:])
