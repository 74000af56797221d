"""The fast-taper warning uses each step's real cut; the person's rate beside the guidance."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kratomwise.knowledge import get_fact, has_fact
from kratomwise.taper import CheckIn, Unit, build_plan, rate_comparison
from tests.taper.helpers import day, settings


def _fast(plan_settings: object, *checkins: CheckIn) -> list[tuple[str, float, float, float]]:
    plan = build_plan(plan_settings, checkins)  # type: ignore[arg-type]
    return [
        (c["start"], c["from"], c["to"], c["weekly_percent"]) for c in plan.as_dict()["fast_steps"]
    ]


def test_eight_capsules_at_ten_percent_a_week_warn_naming_every_step() -> None:
    plan = build_plan(settings("8", Unit.CAPSULE, percent="10", every=7))
    assert _fast(settings("8", Unit.CAPSULE)) == [
        ("2026-01-08", 8, 7, 12.5),
        ("2026-01-15", 7, 6, 14.3),
        ("2026-01-22", 6, 5, 16.7),
        ("2026-01-29", 5, 4, 20),
        ("2026-02-05", 4, 3, 25),
        ("2026-02-12", 3, 2, 33.3),
        ("2026-02-19", 2, 1, 50),
        ("2026-02-26", 1, 0, 100),
    ]
    (warning,) = plan.warnings
    assert warning.code == "fast_taper"
    assert warning.message.startswith(
        "Once amounts are rounded to what you can measure, 8 of your steps cut faster than "
        "10 % a week: 2026-01-08: 8 capsules to 7 capsules (12.5 % a week); "
    )
    assert "2026-02-19: 2 capsules to 1 capsule (50 % a week)" in warning.message
    assert "2026-02-26: 1 capsule to none, stopping at once." in warning.message
    assert "capsules capsules" not in warning.message
    assert "fastest rate" not in warning.message
    assert all(has_fact(i) for i in warning.fact_ids)


def test_floor_dropping_three_grams_to_zero_warns() -> None:
    fast = _fast(settings("8", Unit.G, percent="5", every=14, floor="3"))
    assert fast[-1] == ("2026-10-08", 3, 0, 100)
    plan = build_plan(settings("8", Unit.G, percent="5", every=14, floor="3"))
    assert "3 g to none, stopping at once" in plan.warnings[-1].message


def test_min_step_makes_real_cuts_faster() -> None:
    # 2 % every 7 days looks slow, but a 1-capsule minimum step cuts 10 → 9 (10 %), 9 → 8 (11.1 %).
    fast = _fast(settings("10", Unit.CAPSULE, percent="2", every=7, min_step="1"))
    assert fast[0] == ("2026-01-15", 9, 8, 11.1)


def test_slow_plan_without_fast_steps() -> None:
    plan = build_plan(settings("8", Unit.G, percent="10", every=60))
    assert plan.fast_steps == () and plan.warnings == ()


def test_last_single_unit_step_alone_does_not_warn() -> None:
    # 0.25 g to 0 cannot be made smaller; it is named only when other steps warn.
    plan = build_plan(settings("8", Unit.G, percent="10", every=60))
    assert plan.steps[-2].daily_amount == D("0.25")
    assert plan.warnings == ()


def test_a_single_stop_from_one_unit_warns() -> None:
    assert _fast(settings("1", Unit.CAPSULE)) == [("2026-01-08", 1, 0, 100)]
    (warning,) = build_plan(settings("1", Unit.CAPSULE)).warnings
    assert warning.message.startswith(
        "Once amounts are rounded to what you can measure, one of your steps cuts faster"
    )


def test_holds_stretch_the_days_of_a_cut() -> None:
    # A pause holds 8 capsules for a second week: 8 → 7 over 14 days is 6.5 % a week.
    fast = _fast(settings("8", Unit.CAPSULE), CheckIn(day(6), pause=True))
    assert fast[0] == ("2026-01-22", 7, 6, 14.3)


def test_dates_in_messages_use_the_given_format() -> None:
    plan = build_plan(settings("8", Unit.CAPSULE), date_format=lambda d: d.strftime("%d/%m/%Y"))
    assert "08/01/2026: 8 capsules to 7 capsules" in plan.warnings[0].message


@pytest.mark.parametrize(
    ("percent", "every", "weekly", "monthly"),
    [("10", 7, 10, 36.3), ("10", 30, 2.4, 10), ("5", 3, 11.3, 40.1), ("20", 14, 10.6, 38)],
)
def test_rate_comparison_shows_the_long_term_figure(
    percent: str, every: int, weekly: float, monthly: float
) -> None:
    rate = rate_comparison(settings(percent=percent, every=every)).as_dict()
    assert (rate["weekly_percent"], rate["monthly_percent"]) == (weekly, monthly)
    assert rate["long_term_monthly_percent"] == 10
    assert rate["shorter_use_weekly_percent"] == 10
    assert "about 10 % a month or slower after a year or more of daily use" in rate["message"]
    assert rate["fact_ids"] == ["TAP-03", "TAP-02", "TAP-08"]


def test_every_day_is_singular() -> None:
    rate = rate_comparison(settings(percent="1", every=1))
    assert rate.message.startswith("Your plan: 1 % every day, about 6.8 % a week")


def test_tap03_no_longer_claims_a_fastest_rate() -> None:
    statement = get_fact("TAP-03").statement
    assert "fastest" not in statement and "10 % of the original amount per week" in statement
    assert get_fact("TAP-03").as_of <= dt.date.today()
