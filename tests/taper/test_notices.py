"""Warnings and the hand-off notice, each citing facts that exist."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kratomwise.knowledge import all_facts, get_fact, has_fact
from kratomwise.taper import CheckIn, PlanContext, build_plan, no_kratom_rate_statement, rules
from kratomwise.taper.notices import holds_within_window, talk_to_clinician, treatment_options
from tests.taper.helpers import day, settings


def _codes(plan_warnings: tuple[object, ...]) -> list[str]:
    return [w.code for w in plan_warnings]  # type: ignore[attr-defined]


def test_taper_facts_exist_and_are_cited() -> None:
    facts = [fact for fact in all_facts() if fact.origin == "taper"]  # every fact in taper.yaml
    assert [fact.id for fact in facts] == [f"TAP-{n:02d}" for n in range(1, len(facts) + 1)]
    assert {"TAP-02", "TAP-03", "TAP-08"} <= {fact.id for fact in facts}  # the ones cited here
    for fact in facts:
        assert fact.topic == "taper" and fact.sources, fact.id
        assert fact.as_of <= dt.date.today(), fact.id
    assert "kratom" in get_fact("TAP-08").statement


def test_no_kratom_rate_statement() -> None:
    note = no_kratom_rate_statement()
    assert "No taper rate for kratom has been studied" in note.message
    assert all(has_fact(i) for i in note.fact_ids)


@pytest.mark.parametrize(
    "context",
    [
        PlanContext(dsm5_band="moderate"),
        PlanContext(dsm5_band="severe"),
        PlanContext(seven_oh=True),
        PlanContext(opioids=True),
    ],
)
def test_talk_to_clinician(context: PlanContext) -> None:
    notice = talk_to_clinician(context)
    assert notice is not None and notice.code == "talk_to_clinician"
    assert all(has_fact(i) for i in notice.fact_ids)
    plan = build_plan(settings(), context=context)
    assert "talk_to_clinician" in _codes(plan.warnings)


def test_no_clinician_notice_without_reason() -> None:
    assert talk_to_clinician(PlanContext()) is None
    assert talk_to_clinician(PlanContext(dsm5_band="mild")) is None
    assert build_plan(settings(percent="10", every=60)).warnings == ()


def test_seven_oh_product_named_only_when_the_plan_is_for_one() -> None:
    journal = talk_to_clinician(PlanContext(seven_oh_journal=True))
    assert journal is not None and "7-OH product" in journal.message
    assert "the plan involves a 7-OH product" not in journal.message
    plan = talk_to_clinician(PlanContext(seven_oh=True, seven_oh_journal=True))
    assert plan is not None and "the plan involves a 7-OH product" in plan.message
    assert "journal" not in plan.message


def test_two_holds_within_28_days_give_the_treatment_notice() -> None:
    checkins = [CheckIn(day(6), pause=True), CheckIn(day(13), pause=True)]
    plan = build_plan(settings(), checkins)
    assert len(plan.holds) == 2
    assert "treatment_options" in _codes(plan.warnings)
    notice = next(w for w in plan.warnings if w.code == "treatment_options")
    assert notice.fact_ids == ("TAP-11", "TAP-12", "TAP-13")
    assert "not advice on doses" in notice.message
    assert " mg" not in notice.message


def test_one_hold_is_not_enough() -> None:
    plan = build_plan(settings(), [CheckIn(day(6), pause=True)])
    assert "treatment_options" not in _codes(plan.warnings)


def test_holds_far_apart_do_not_count() -> None:
    assert holds_within_window([day(0), day(27)])
    assert not holds_within_window([day(0), day(28)])
    assert not holds_within_window([day(0)])
    plan = build_plan(
        settings(every=30), [CheckIn(day(29), pause=True), CheckIn(day(59), pause=True)]
    )
    assert len(plan.holds) == 2
    assert "treatment_options" not in _codes(plan.warnings)


@pytest.mark.parametrize(
    "context",
    [
        PlanContext(dsm5_band="moderate"),
        PlanContext(opioids=True),
        PlanContext(overdose_emergency=True),
    ],
)
def test_treatment_notice_from_context(context: PlanContext) -> None:
    notice = treatment_options([], context)
    assert notice is not None
    assert treatment_options([], PlanContext(seven_oh=True)) is None


def test_messages_never_name_a_dose() -> None:
    context = PlanContext(dsm5_band="severe", opioids=True, seven_oh=True)
    plan = build_plan(settings(percent="30"), context=context)
    for warning in plan.warnings:
        assert " mg" not in warning.message


MG_DOSE = re.compile(r"\d\s*(mg|milligram)", re.IGNORECASE)


def test_handoff_never_links_a_fact_that_gives_milligram_doses() -> None:
    linked = set(rules.HANDOFF_FACTS) | {
        i for c in build_plan(settings()).ending for i in c.fact_ids
    }
    for fact_id in linked:
        assert not MG_DOSE.search(get_fact(fact_id).statement), fact_id
    assert MG_DOSE.search(get_fact("TX-03").statement)  # the pattern does find doses
