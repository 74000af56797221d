"""Each signal with positive and negative cases."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from kratomwise.interactions import Pair, Reason, Report
from kratomwise.knowledge import has_fact
from kratomwise.usage import CODES, Limits, Settings, Signal, analyze
from kratomwise.usage import thresholds as t

from .helpers import TODAY, daily_series, day, use


def codes(entries, settings=None, checker=None) -> dict[str, Signal]:  # type: ignore[no-untyped-def]
    result = analyze(entries, settings or Settings(), TODAY, checker=checker)
    for s in result.signals:
        assert s.level in t.LEVELS
        assert s.fact_ids and all(has_fact(i) for i in s.fact_ids)
        assert s.start <= s.end
        assert s.explanation
    return {s.code: s for s in result.signals}


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


# --- polydrug_day -----------------------------------------------------------------------


def test_kratom_and_alcohol_on_one_day_without_checker() -> None:
    entries = [use(day(1)), use(day(1), 330, "ml", "alcohol", "other", hour=20)]
    signal = codes(entries)["polydrug_day"]
    assert signal.level == t.POLYDRUG_DEFAULT_LEVEL
    assert signal.fact_ids == t.POLYDRUG_FACTS
    assert signal.explanation == (
        "You logged kratom with alcohol on the same day on 1 of the last 28 days "
        "(latest: 2026-06-29). Combining substances raises the risk of serious harm: most "
        "kratom-related deaths involved other substances. Check this combination in the "
        "interaction checker."
    )


def test_other_substance_on_a_different_day_is_not_polydrug() -> None:
    assert "polydrug_day" not in codes([use(day(1)), use(day(2), 330, "ml", "alcohol", "other")])


def _report(severity: str, fact_ids: tuple[str, ...] = ()) -> Report:
    reason = Reason("R1", severity, "why", "", fact_ids)
    pair = Pair("kratom", "x", severity, (reason,))
    return Report((), (), (pair,), (), severity)


def test_checker_severity_sets_the_level() -> None:
    calls = []

    def checker(names: Sequence[str]) -> Report:
        calls.append(list(names))
        return _report("dangerous", ("INT-09", "NOPE-99"))

    entries = [use(day(1)), use(day(1), 1, "tablet", "alprazolam", "other", hour=21)]
    signal = codes(entries, checker=checker)["polydrug_day"]
    assert calls == [["alprazolam"]]
    assert signal.level == "warning"
    assert signal.fact_ids[0] == "INT-09" and "NOPE-99" not in signal.fact_ids
    assert "rates this combination: Dangerous." in signal.explanation


def test_low_risk_combination_is_info() -> None:
    entries = [use(day(1)), use(day(1), 500, "mg", "paracetamol", "other")]
    level = codes(entries, checker=lambda names: _report("low_risk"))["polydrug_day"].level
    assert level == "info"


def test_default_checker_is_used_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from kratomwise.usage import analysis

    seen = []

    def fake(names: Sequence[str]) -> Report:
        seen.append(list(names))
        return _report("unsafe")

    monkeypatch.setattr(analysis, "default_checker", lambda: fake)
    entries = [use(day(1)), use(day(1), 1, "tablet", "tramadol", "other")]
    result = analyze(entries, today=TODAY)
    assert seen == [["tramadol"]]
    assert result.signals[0].code == "polydrug_day" and result.signals[0].level == "warning"


def test_a_day_is_rated_as_its_whole_combination() -> None:
    entries = [
        use(day(1)),
        use(day(1), 330, "ml", "alcohol", "other", hour=20),
        use(day(1), 300, "mg", "gabapentin", "other", hour=21),
    ]
    polydrug = [s for s in analyze(entries, today=TODAY).signals if s.code == "polydrug_day"]
    assert len(polydrug) == 1
    assert polydrug[0].level == "warning"
    assert "kratom with alcohol, gabapentin" in polydrug[0].explanation
    assert "rates this combination: Dangerous." in polydrug[0].explanation


def test_one_signal_per_combination_of_days() -> None:
    entries = [
        use(day(3)),
        use(day(3), 330, "ml", "alcohol", "other"),
        use(day(2)),
        use(day(2), 330, "ml", "alcohol", "other"),
        use(day(1)),
        use(day(1), 330, "ml", "alcohol", "other"),
        use(day(1), 300, "mg", "gabapentin", "other"),
    ]
    polydrug = [s for s in analyze(entries, today=TODAY).signals if s.code == "polydrug_day"]
    assert [(s.start, s.end) for s in polydrug] == [(day(3), day(2)), (day(1), day(1))]


@pytest.mark.parametrize("name", ["kratom tea", "Kratom Capsules", "ketum", "kratom powder"])
def test_kratom_names_from_the_interaction_table_are_kratom(name: str) -> None:
    result = analyze([use(day(1)), use(day(1), 2, substance=name, hour=12)], today=TODAY)
    assert "polydrug_day" not in {s.code for s in result.signals}
    assert result.days[day(1)].uses == 2 and result.days[day(1)].leaf_g == 5.0


def test_unknown_substance_is_named_and_stays_caution() -> None:
    entries = [use(day(1)), use(day(1), 1, "g", "zzqx", "other")]
    signal = {s.code: s for s in analyze(entries, today=TODAY).signals}["polydrug_day"]
    assert signal.level == "caution"
    assert "does not know zzqx" in signal.explanation


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


def test_real_interaction_checker_sets_the_severity() -> None:
    # The interaction table rates kratom with alcohol as dangerous, which is a warning here.
    entries = [use(day(1)), use(day(1), 330, "ml", "alcohol", "other", hour=20)]
    signal = {s.code: s for s in analyze(entries, today=TODAY).signals}["polydrug_day"]
    assert signal.level == "warning"
    assert signal.explanation == (
        "You logged kratom with alcohol on the same day on 1 of the last 28 days "
        "(latest: 2026-06-29). The interaction checker rates this combination: Dangerous."
    )
    assert all(has_fact(i) for i in signal.fact_ids)
    assert set(t.POLYDRUG_FACTS) <= set(signal.fact_ids)
