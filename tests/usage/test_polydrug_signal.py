"""The polydrug-day signal: kratom with another substance on one day, rated by the
interaction checker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kratomwise.interactions import Pair, Reason, Report
from kratomwise.knowledge import has_fact
from kratomwise.usage import analyze
from kratomwise.usage import thresholds as t

from .helpers import TODAY, codes, day, use

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
