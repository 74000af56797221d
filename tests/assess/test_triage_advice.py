"""Triage advice that fits the case (issue #12 item 5): crisis lines, a plan, EMS first, risk
context, children, and a fact id behind every line."""

from __future__ import annotations

import pytest

from kratomwise.assess.triage import CODE_DEFS, CODES, COMBOS, DEPRESSANT_CODES, triage
from kratomwise.knowledge import has_fact


def text(codes: list[str], country: str | None = None) -> str:
    return " ".join(triage(codes, country).advice)


@pytest.mark.parametrize("code", list(CODES))
def test_every_code_cites_facts_that_exist(code: str) -> None:
    facts = CODE_DEFS[code].fact_ids
    assert facts and all(has_fact(f) for f in facts)


@pytest.mark.parametrize("rule_id", list(COMBOS))
def test_every_combination_rule_cites_facts_that_exist(rule_id: str) -> None:
    facts = COMBOS[rule_id].fact_ids
    assert facts and all(has_fact(f) for f in facts)


@pytest.mark.parametrize("code", [*CODES, None])
def test_every_advice_line_cites_facts(code: str | None) -> None:
    result = triage([code] if code else [], "US")
    assert result.advice_items
    for item in result.advice_items:
        assert item.fact_ids and all(has_fact(f) for f in item.fact_ids), item.text


def test_suicidal_thoughts_crisis_line_first_never_poison_control() -> None:
    result = triage(["suicidal_thoughts"], "US")
    assert result.advice[0].startswith(
        "Call or text a crisis line now: 988 Suicide & Crisis Lifeline on 988."
    )
    assert "call 911 or go to an emergency department" in result.advice[0]
    assert "poison" not in text(["suicidal_thoughts"], "US").lower()
    assert [r.kind for r in result.resources[:2]] == ["suicide_crisis", "emergency"]


def test_suicidal_thoughts_uses_the_countrys_crisis_line() -> None:
    assert "Department of Mental Health hotline 1323 on 1323" in text(["suicidal_thoughts"], "TH")
    assert "Find A Helpline directory (https://findahelpline.com)" in text(["suicidal_thoughts"])


def test_plan_emergency_number_not_alone_means_out_of_reach_no_recovery_position() -> None:
    result = triage(["suicidal_thoughts_with_plan"], "TH")
    first = result.advice[0]
    assert first.startswith("Call 1669 now or go to the nearest emergency department.")
    assert "Don't stay alone" in first and "out of reach" in first
    joined = " ".join(result.advice)
    assert "recovery position" not in joined and "naloxone" not in joined.lower()
    assert "poison" not in joined.lower()
    assert [r.phone for r in result.resources[:3]] == ["1669", "191", "1323"]


@pytest.mark.parametrize(
    ("country", "number"), [("TH", "1669"), ("US", "911"), ("GB", "999"), (None, "112")]
)
def test_overdose_names_the_ems_number_first(country: str | None, number: str) -> None:
    result = triage(["slow_or_stopped_breathing"], country)
    assert result.advice[0] == f"Call {number} now and stay with the person until help arrives."
    assert result.resources[0].phone == number
    assert "recovery position" in result.advice[1]
    assert "local emergency number" not in " ".join(result.advice)


def test_thailand_lists_ems_above_police() -> None:
    phones = [r.phone for r in triage(["unresponsive"], "TH").resources]
    assert phones[:3] == ["1669", "191", "1367"]


@pytest.mark.parametrize("code", sorted(DEPRESSANT_CODES))
def test_risk_context_without_symptoms(code: str) -> None:
    advice = text([code], "US")
    for words in ("tolerance may be lower", "Use less", "don't use alone", "naloxone"):
        assert words in advice


def test_risk_context_not_added_in_an_emergency() -> None:
    assert "Use less" not in text(["excessive_drowsiness", "used_with_alcohol"], "US")


def test_child_swallowed_poison_line_first() -> None:
    result = triage(["child_swallowed_kratom"], "US")
    assert result.level == "emergency"
    assert result.advice[0].startswith(
        "Call Poison Help (national poison control line) on 1-800-222-1222 now"
    )
    assert "call 911 first" in result.advice[0]
    assert [r.kind for r in result.resources[:2]] == ["poison_control", "emergency"]


def test_child_swallowed_without_a_poison_line_calls_emergency() -> None:
    result = triage(["child_swallowed_kratom"], "MY")
    assert result.advice[0] == "Call 999 now, even if the child seems well."


def test_child_with_breathing_signs_ems_first() -> None:
    result = triage(["child_swallowed_kratom", "slow_or_stopped_breathing"], "US")
    assert result.resources[0].phone == "911"
    assert result.advice[0].startswith("Call 911 now")


def test_newborn_withdrawal_is_urgent_same_day() -> None:
    result = triage(["newborn_withdrawal_signs"], "GB")
    assert result.level == "urgent"
    assert result.advice[0].startswith("Get the baby seen by a doctor today.")
    assert "call 999" in result.advice[0]


def test_breastfeeding_see_clinician() -> None:
    result = triage(["breastfeeding"])
    assert result.level == "see_clinician"
    assert any(a.startswith("Tell a doctor, nurse or midwife") for a in result.advice)


def test_urgent_poison_line_named_when_something_was_taken() -> None:
    assert "Poison Help (national poison control line) on 1-800-222-1222" in text(
        ["hallucinations"], "US"
    )
    assert "poison" not in text(["jaundice"], "US").lower()
