"""The pause rule (instruments.md §9.4): holds, their reasons, and the override."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kratomwise.assess import COWS_HOLD_THRESHOLD
from kratomwise.knowledge import has_fact
from kratomwise.taper import (
    CheckIn,
    CheckinError,
    HoldCode,
    StepStatus,
    Thresholds,
    build_plan,
    hold_reasons,
)
from tests.taper.helpers import assert_well_formed, day, settings


def _codes(checkin: CheckIn, thresholds: Thresholds | None = None) -> set[HoldCode]:
    return {r.code for r in hold_reasons(checkin, thresholds or Thresholds())}


def test_no_checkins_no_holds() -> None:
    plan = build_plan(settings())
    assert not plan.holds


def test_pause_request_holds_one_step_and_the_reduction_follows() -> None:
    plan = build_plan(settings("8"), [CheckIn(day(6), pause=True)])
    first, held, reduced = plan.steps[:3]
    assert (first.start, first.end, first.daily_amount) == (day(0), day(6), D(8))
    assert held.status is StepStatus.HELD
    assert (held.start, held.end, held.daily_amount) == (day(7), day(13), D(8))
    assert held.reason == "You asked for a pause on 2026-01-07."
    assert reduced.status is StepStatus.PLANNED and reduced.start == day(14)
    assert reduced.daily_amount == D("7.25")
    assert_well_formed(plan)
    unheld = build_plan(settings("8"))
    assert plan.end_date == unheld.end_date + dt.timedelta(days=7)  # postponed by one step


def test_checkin_on_the_due_day_counts() -> None:
    plan = build_plan(settings(), [CheckIn(day(7), pause=True)])
    assert plan.steps[1].status is StepStatus.HELD
    assert plan.steps[2].status is StepStatus.PLANNED  # the same check-in is not used twice


def test_only_the_latest_checkin_in_the_window_counts() -> None:
    plan = build_plan(settings(), [CheckIn(day(2), pause=True), CheckIn(day(5), pause=False)])
    assert not plan.holds
    plan = build_plan(settings(), [CheckIn(day(2)), CheckIn(day(5), pause=True)])
    assert len(plan.holds) == 1


def test_checkin_before_the_current_step_does_not_hold_a_later_one() -> None:
    # a pause asked for on day 3 holds the reduction due on day 7, not the one due on day 14
    plan = build_plan(settings(), [CheckIn(day(3), pause=True)])
    assert [s.status for s in plan.steps[:3]] == [
        StepStatus.PLANNED,
        StepStatus.HELD,
        StepStatus.PLANNED,
    ]


def test_checkin_on_the_start_day_counts_for_the_first_reduction() -> None:
    plan = build_plan(settings(), [CheckIn(day(0), pause=True)])
    assert plan.steps[1].status is StepStatus.HELD


def test_repeated_holds_never_increase_the_amount() -> None:
    checkins = [CheckIn(day(n), pause=True) for n in (7, 13, 20)]
    plan = build_plan(settings("8"), checkins)
    assert [s.status for s in plan.steps[:5]] == [
        StepStatus.PLANNED,
        StepStatus.HELD,  # day 7 check-in holds the reduction due on day 7
        StepStatus.HELD,  # day 13 check-in holds the one due on day 14
        StepStatus.HELD,  # day 20 check-in holds the one due on day 21
        StepStatus.PLANNED,
    ]
    assert plan.steps[4].start == day(28)
    assert_well_formed(plan)
    held = plan.holds
    assert len(held) == 3
    assert {s.daily_amount for s in held} == {D(8)}


def test_personal_withdrawal_threshold() -> None:
    limits = Thresholds(withdrawal=20)
    plan = build_plan(settings(), [CheckIn(day(6), withdrawal=20)], limits)
    held = plan.steps[1]
    assert held.status is StepStatus.HELD
    assert "20" in (held.reason or "") and "threshold" in (held.reason or "")
    assert not build_plan(settings(), [CheckIn(day(6), withdrawal=19)], limits).holds


def test_no_threshold_by_default() -> None:
    plan = build_plan(settings(), [CheckIn(day(6), withdrawal=64, craving=10)])
    assert not plan.holds


def test_personal_craving_threshold() -> None:
    limits = Thresholds(craving=8)
    assert _codes(CheckIn(day(1), craving=8), limits) == {HoldCode.CRAVING_THRESHOLD}
    assert _codes(CheckIn(day(1), craving=7), limits) == set()


def test_cows_threshold_comes_from_assess() -> None:
    assert COWS_HOLD_THRESHOLD == 13
    assert _codes(CheckIn(day(1), cows_total=COWS_HOLD_THRESHOLD)) == {HoldCode.COWS}
    assert _codes(CheckIn(day(1), cows_total=COWS_HOLD_THRESHOLD - 1)) == set()


def test_triage_reasons() -> None:
    cluster = CheckIn(day(1), triage_level="see_clinician", triage_rules=frozenset({"TR-C6"}))
    assert _codes(cluster) == {HoldCode.WITHDRAWAL_CLUSTER}
    other = CheckIn(day(1), triage_level="see_clinician", triage_rules=frozenset({"TR-pregnant"}))
    assert _codes(other) == set()
    for level in ("urgent", "emergency"):
        reasons = hold_reasons(CheckIn(day(1), triage_level=level), Thresholds())
        assert [r.code for r in reasons] == [HoldCode.TRIAGE_URGENT]
        assert reasons[0].care_first
    assert _codes(CheckIn(day(1), triage_level="self_care")) == set()


def test_phq9_item9() -> None:
    reasons = hold_reasons(CheckIn(day(1), phq9_item9=1), Thresholds())
    assert [r.code for r in reasons] == [HoldCode.PHQ9_ITEM9] and reasons[0].care_first
    assert _codes(CheckIn(day(1), phq9_item9=0)) == set()


def test_several_reasons_are_all_given() -> None:
    checkin = CheckIn(day(6), withdrawal=30, craving=9, pause=True)
    plan = build_plan(settings(), [checkin], Thresholds(withdrawal=25, craving=9))
    held = plan.steps[1]
    assert {r.code for r in held.reasons} == {
        HoldCode.PAUSE_REQUESTED,
        HoldCode.WITHDRAWAL_THRESHOLD,
        HoldCode.CRAVING_THRESHOLD,
    }
    assert held.fact_ids and all(has_fact(i) for i in held.fact_ids)


def test_every_reason_cites_existing_facts() -> None:
    checkin = CheckIn(
        day(1),
        withdrawal=30,
        craving=9,
        pause=True,
        cows_total=20,
        triage_level="urgent",
        triage_rules=frozenset({"TR-C6"}),
        phq9_item9=2,
    )
    reasons = hold_reasons(checkin, Thresholds(withdrawal=1, craving=1))
    assert len(reasons) == 6
    for reason in reasons:
        assert reason.fact_ids and all(has_fact(i) for i in reason.fact_ids)
        assert reason.message


def test_override_lets_the_reduction_go_ahead() -> None:
    checkins = [CheckIn(day(6), pause=True)]
    held = build_plan(settings("8"), checkins)
    assert held.steps[1].status is StepStatus.HELD
    plan = build_plan(settings("8"), checkins, overrides={day(7)})
    assert not plan.holds
    step = plan.steps[1]
    assert step.daily_amount == D("7.25") and step.status is StepStatus.PLANNED
    assert step.reason is not None and step.reason.startswith("You chose to continue")
    assert plan.steps[0].reason is None
    assert plan.end_date == build_plan(settings("8")).end_date
    assert_well_formed(plan)


def test_override_of_one_day_does_not_cancel_later_holds() -> None:
    checkins = [CheckIn(day(6), pause=True), CheckIn(day(10), pause=True)]
    plan = build_plan(settings("8"), checkins, overrides={day(7)})
    assert [s.status for s in plan.steps[:3]] == [
        StepStatus.PLANNED,
        StepStatus.PLANNED,
        StepStatus.HELD,
    ]
    assert plan.steps[2].daily_amount == D("7.25")


def test_override_of_a_second_hold() -> None:
    checkins = [CheckIn(day(6), pause=True), CheckIn(day(10), pause=True)]
    plan = build_plan(settings("8"), checkins, overrides={day(14)})
    assert [s.status for s in plan.steps[:3]] == [
        StepStatus.PLANNED,
        StepStatus.HELD,
        StepStatus.PLANNED,
    ]
    assert plan.steps[2].daily_amount == D("7.25")


@pytest.mark.parametrize(
    "kwargs", [{"withdrawal": 0}, {"withdrawal": 65}, {"craving": 11}, {"craving": 0}]
)
def test_bad_thresholds(kwargs: dict[str, int]) -> None:
    with pytest.raises(CheckinError):
        Thresholds(**kwargs)


def test_bad_checkin_values() -> None:
    with pytest.raises(CheckinError):
        CheckIn(day(1), craving=11)
    with pytest.raises(CheckinError):
        CheckIn(day(1), withdrawal=-1)
    with pytest.raises(CheckinError):
        CheckIn(day(1), amount_taken=D(-1))


@pytest.mark.parametrize(
    "checkin",
    [
        CheckIn(day(6), triage_level="urgent"),
        CheckIn(day(6), triage_level="emergency"),
        CheckIn(day(6), phq9_item9=1),
    ],
)
def test_care_first_holds_cannot_be_overridden(checkin: CheckIn) -> None:
    plan = build_plan(settings("8"), [checkin], overrides={day(7)})
    assert plan.steps[1].status is StepStatus.HELD
    assert plan.steps[1].daily_amount == 8


def test_triage_hold_message_names_no_code() -> None:
    (urgent,) = hold_reasons(CheckIn(day(1), triage_level="urgent"), Thresholds())
    assert urgent.message == (
        "Your symptoms on 2026-01-02 need medical care today. The taper waits until you have "
        "been seen."
    )
    (emergency,) = hold_reasons(CheckIn(day(1), triage_level="emergency"), Thresholds())
    assert "need emergency care first" in emergency.message
    assert "triage" not in emergency.message and "_" not in emergency.message
