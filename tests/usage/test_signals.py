"""Each signal with positive and negative cases."""

from __future__ import annotations

import random

import pytest

from kratomwise.knowledge import has_fact
from kratomwise.usage import CODES, Limits, Settings, analyze
from kratomwise.usage import thresholds as t

from .helpers import TODAY, codes, daily_series, day, use

# --- escalating_amount ------------------------------------------------------------------


def test_steady_rise_is_escalating() -> None:
    rng = random.Random(1)
    amounts = [round(3 + 0.12 * k + rng.uniform(-0.3, 0.3), 1) for k in range(28)]
    found = codes(daily_series(amounts))
    signal = found["escalating_amount"]
    assert signal.level == "warning"  # about 3 g -> 6 g is a rise of more than 50 %
    assert signal.end == TODAY and signal.start == day(27)
    assert signal.explanation == (
        "On the 28 days you used leaf in the last 28 days, your daily amount rose from about 3 g "
        "to about 6.2 g (a rise of 68%; typical day 4.6 g). The trend line ignores single unusual "
        "days. Needing more for the same effect is a sign of tolerance."
    )
    assert signal.fact_ids == t.ESCALATION_FACTS


def test_moderate_rise_is_caution() -> None:
    amounts = [4 + 0.045 * k for k in range(28)]  # about 4 g -> 5.2 g, +30 %
    assert codes(daily_series(amounts))["escalating_amount"].level == "caution"


def test_stable_daily_pattern_is_not_escalating() -> None:
    assert "escalating_amount" not in codes(daily_series([4.0] * 28))


@pytest.mark.parametrize("seed", range(10))
def test_noisy_stable_pattern_is_not_escalating(seed: int) -> None:
    rng = random.Random(seed)
    assert "escalating_amount" not in codes(
        daily_series([round(rng.uniform(3, 5), 1) for _ in range(28)])
    )


@pytest.mark.parametrize("position", [0, 13, 26, 27])
def test_one_spike_day_is_not_escalating(position: int) -> None:
    amounts = [4.0] * 28
    amounts[position] = 25.0
    assert "escalating_amount" not in codes(daily_series(amounts))


def test_one_spike_on_noisy_data_is_not_escalating() -> None:
    rng = random.Random(3)
    amounts = [round(rng.uniform(3.5, 4.5), 1) for _ in range(28)]
    amounts[-1] = 30.0
    assert "escalating_amount" not in codes(daily_series(amounts))


def test_falling_amount_is_not_escalating() -> None:
    assert "escalating_amount" not in codes(daily_series([8 - 0.2 * k for k in range(28)]))


def test_too_few_days_for_a_trend() -> None:
    amounts = [0.0] * 28
    for k, a in zip(range(19, 28), range(2, 11), strict=True):
        amounts[k] = float(a)  # 9 use days only
    assert "escalating_amount" not in codes(daily_series(amounts))


def test_old_rise_is_not_flagged_today() -> None:
    old = daily_series([3 + 0.2 * k for k in range(28)], end=day(60))
    assert "escalating_amount" not in codes(old)


# --- increasing_frequency ---------------------------------------------------------------


def _uses(per_day: list[int]) -> list:  # type: ignore[type-arg]
    entries = []
    for k, n in enumerate(per_day):
        entries += [use(day(len(per_day) - 1 - k), 2, hour=8 + 3 * i) for i in range(n)]
    return entries


def test_rising_uses_per_day_is_increasing_frequency() -> None:
    found = codes(_uses([1] * 14 + [3] * 14))
    signal = found["increasing_frequency"]
    assert signal.level == "caution"
    assert signal.fact_ids[0] == "DEP-08"
    assert signal.explanation == (
        "Over the last 28 days you went from about 0.9 to about 3.1 uses a day (average 1 a day "
        "in the first half, 3 in the second). How often you use tracks withdrawal more closely "
        "than how much."
    )


def test_stable_frequency_is_not_increasing() -> None:
    assert "increasing_frequency" not in codes(_uses([2] * 28))


def test_one_busy_day_is_not_increasing_frequency() -> None:
    per_day = [1] * 28
    per_day[-1] = 6
    assert "increasing_frequency" not in codes(_uses(per_day))


def test_sparse_use_is_not_increasing_frequency() -> None:
    per_day = [0] * 22 + [1, 1, 2, 2, 3, 3]  # only 6 days with use
    assert "increasing_frequency" not in codes(_uses(per_day))


# --- daily_use --------------------------------------------------------------------------


def test_fourteen_days_in_a_row_is_daily_use() -> None:
    signal = codes([use(day(k)) for k in range(14)])["daily_use"]
    assert (signal.level, signal.start, signal.end) == ("caution", day(13), TODAY)
    assert signal.explanation == (
        "You have used every day for 14 days in a row, since 2026-06-17. Regular daily use is "
        "when dependence and withdrawal on stopping become likely."
    )


def test_thirteen_days_is_not_daily_use() -> None:
    assert "daily_use" not in codes([use(day(k)) for k in range(13)])


def test_long_daily_use_is_a_warning() -> None:
    assert (
        codes([use(day(k)) for k in range(t.DAILY_USE_WARNING_DAYS)])["daily_use"].level
        == "warning"
    )


def test_streak_that_ended_long_ago_is_not_daily_use() -> None:
    assert "daily_use" not in codes([use(day(k)) for k in range(40, 80)])


def test_streak_ended_recently_is_reported_in_past_tense() -> None:
    signal = codes([use(day(k)) for k in range(5, 25)])["daily_use"]
    assert signal.end == day(5)
    assert signal.explanation.startswith(
        "You used every day for 20 days in a row, from 2026-06-06 to 2026-06-25."
    )


# --- three_or_more_uses_a_day -----------------------------------------------------------


def test_three_uses_in_a_day() -> None:
    signal = codes([use(day(2), hour=h) for h in (8, 12, 18)])["three_or_more_uses_a_day"]
    assert (signal.level, signal.start, signal.end) == ("caution", day(2), day(2))
    assert set(signal.fact_ids) == {"DEP-03", "DEP-04"}


def test_two_uses_in_a_day_is_fine() -> None:
    assert "three_or_more_uses_a_day" not in codes([use(day(2), hour=h) for h in (8, 18)])


def test_many_days_with_three_uses_is_a_warning() -> None:
    entries = [use(day(k), hour=h) for k in range(t.MANY_USES_WARNING_DAYS) for h in (8, 12, 18)]
    assert codes(entries)["three_or_more_uses_a_day"].level == "warning"


def test_three_uses_long_ago_is_not_flagged() -> None:
    assert "three_or_more_uses_a_day" not in codes([use(day(40), hour=h) for h in (8, 12, 18)])


def test_other_substances_do_not_count_as_uses() -> None:
    entries = [use(day(1), hour=8)] + [
        use(day(1), 1, "tablet", "ibuprofen", "other", hour=h) for h in (9, 12)
    ]
    assert "three_or_more_uses_a_day" not in codes(entries)


# --- seven_oh_use -----------------------------------------------------------------------


@pytest.mark.parametrize("substance", ["seven_oh", "kratom"])
def test_seven_oh_product_is_a_warning(substance: str) -> None:
    signal = codes([use(day(3), 15, "mg", substance, "seven_oh_product")])["seven_oh_use"]
    assert signal.level == "warning"
    assert any(i.startswith("7OH-") for i in signal.fact_ids)


def test_leaf_only_has_no_seven_oh_signal() -> None:
    assert "seven_oh_use" not in codes([use(day(3))])


def test_old_seven_oh_is_not_flagged() -> None:
    assert "seven_oh_use" not in codes([use(day(40), 15, "mg", "seven_oh", "seven_oh_product")])


# --- use_after_break --------------------------------------------------------------------


def test_use_after_seven_days_without_any_is_a_warning() -> None:
    entries = [use(day(20)), use(day(12))]  # 7 days without use between them
    signal = codes(entries)["use_after_break"]
    assert (signal.level, signal.start, signal.end) == ("warning", day(12), day(12))
    assert signal.fact_ids == t.BREAK_FACTS
    assert "after 7 days without any" in signal.explanation


def test_six_days_off_is_not_a_break() -> None:
    assert "use_after_break" not in codes([use(day(20)), use(day(13))])


def test_first_use_ever_is_not_a_return() -> None:
    assert "use_after_break" not in codes([use(day(1))])


def test_break_threshold_lives_in_thresholds() -> None:
    assert t.BREAK_MIN_DAYS == 7


# --- limit_exceeded ---------------------------------------------------------------------


def test_amount_limit() -> None:
    settings = Settings(limits=Limits(max_leaf_g_per_day=5))
    signal = codes([use(day(2), 6), use(day(1), 4)], settings)["limit_exceeded"]
    assert (signal.start, signal.end) == (day(2), day(2))
    assert signal.explanation == (
        "Your limit is 5 g of leaf a day. You went over it on 1 of the last 28 days "
        "(highest: 6 g on 2026-06-28)."
    )
    assert "limit_exceeded" not in codes([use(day(2), 5)], settings)


def test_capsules_count_toward_the_amount_limit() -> None:
    settings = Settings(grams_per_capsule=0.5, limits=Limits(max_leaf_g_per_day=5))
    assert "limit_exceeded" in codes([use(day(1), 12, "capsule", form="capsules")], settings)


def test_uses_limit() -> None:
    settings = Settings(limits=Limits(max_uses_per_day=2))
    assert "limit_exceeded" in codes([use(day(1), hour=h) for h in (8, 12, 18)], settings)
    assert "limit_exceeded" not in codes([use(day(1), hour=h) for h in (8, 12)], settings)


def test_days_off_limit() -> None:
    settings = Settings(limits=Limits(min_days_off_per_week=2))
    every_day = [use(day(k)) for k in range(7)]
    signal = codes(every_day, settings)["limit_exceeded"]
    assert (signal.start, signal.end) == (day(6), TODAY)
    assert signal.explanation == (
        "Your goal is at least 2 days without use each week. In 1 of the last 4 weeks you had "
        "fewer (fewest: 0)."
    )
    five_days = [use(day(k)) for k in range(5)]
    assert "limit_exceeded" not in codes(five_days, settings)


def test_no_limits_no_signal() -> None:
    assert "limit_exceeded" not in codes([use(day(1), 50, hour=h) for h in range(8, 20)])


# --- all signals together ---------------------------------------------------------------


def test_signals_are_sorted_most_serious_first_and_codes_are_exact() -> None:
    entries = [use(day(k), hour=h) for k in range(20) for h in (8, 13, 19)]
    entries.append(use(day(1), 10, "mg", "seven_oh", "seven_oh_product"))
    result = analyze(entries, today=TODAY, checker=None)
    levels = [t.LEVELS.index(s.level) for s in result.signals]
    assert levels == sorted(levels, reverse=True)
    assert {s.code for s in result.signals} <= set(CODES)
    assert CODES == (
        "escalating_amount",
        "increasing_frequency",
        "daily_use",
        "three_or_more_uses_a_day",
        "seven_oh_use",
        "use_after_break",
        "polydrug_day",
        "limit_exceeded",
    )


def test_rules_document_every_code_with_existing_facts() -> None:
    rules = t.rules()
    assert [r.code for r in rules] == list(CODES)
    for rule in rules:
        assert rule.title and rule.rule and rule.levels and rule.basis
        assert all(has_fact(i) for i in rule.fact_ids)
