"""Warnings and the hand-off notice, each citing facts that exist."""

from __future__ import annotations

import pytest

from kratomwise.knowledge import get_fact, has_fact
from kratomwise.taper import CheckIn, PlanContext, build_plan, no_kratom_rate_statement
from kratomwise.taper.notices import holds_within_window, talk_to_clinician, treatment_options
from tests.taper.helpers import day, settings


def _codes(plan_warnings: tuple[object, ...]) -> list[str]:
    return [w.code for w in plan_warnings]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("percent", "every", "fast"),
    [
        ("10", 7, False),  # exactly 10 % a week
        ("10", 30, False),  # about 10 % a month
        ("5", 7, False),
        ("11", 7, True),
        ("5", 3, True),  # 11.3 % a week
        ("20", 14, True),  # 10.6 % a week
        ("19", 14, False),  # 10.0 % a week
    ],
)
def test_fast_taper_uses_the_weekly_rate(percent: str, every: int, fast: bool) -> None:
    plan = build_plan(settings(percent=percent, every=every))
    assert ("fast_taper" in _codes(plan.warnings)) is fast


def test_fast_taper_message_and_facts() -> None:
    plan = build_plan(settings(percent="25", every=7))
    (warning,) = plan.warnings
    assert warning.code == "fast_taper"
    assert "25 %" in warning.message and "kratom" in warning.message
    assert {"TAP-02", "TAP-03", "TAP-08"} <= set(warning.fact_ids)
    assert all(has_fact(i) for i in warning.fact_ids)


def test_taper_facts_exist_and_are_cited() -> None:
    for n in range(1, 14):
        fact = get_fact(f"TAP-{n:02d}")
        assert fact.topic == "taper" and fact.sources and fact.origin == "taper"
        assert fact.as_of.isoformat() == "2026-11-01"
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
    assert build_plan(settings()).warnings == ()


def test_two_holds_within_28_days_give_the_treatment_notice() -> None:
    checkins = [CheckIn(day(6), pause=True), CheckIn(day(13), pause=True)]
    plan = build_plan(settings(), checkins)
    assert len(plan.holds) == 2
    assert "treatment_options" in _codes(plan.warnings)
    notice = next(w for w in plan.warnings if w.code == "treatment_options")
    assert {"TX-03", "TX-04", "TX-05", "TAP-11"} <= set(notice.fact_ids)
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
