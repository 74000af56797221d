"""Taper plans: generation from the person's own numbers, holds, adherence, calendar export.

Pure core: no Django, no I/O. Nothing here proposes a starting amount or a dose to take; the
plan steps down from the amount the person gives. No kratom-specific taper rate has been
studied (TAP-08); the rate warning compares with opioid guidance (TAP-02, TAP-03).
"""

from kratomwise.taper.checkins import CheckIn, CheckinError, parse_checkins_csv
from kratomwise.taper.ending import Closing, closing
from kratomwise.taper.holds import HoldCode, HoldReason, Thresholds, hold_reasons
from kratomwise.taper.ical import step_changes, to_ical
from kratomwise.taper.notices import (
    Notice,
    PlanContext,
    no_kratom_rate_statement,
    treatment_options,
)
from kratomwise.taper.plan import (
    Plan,
    PlanSettings,
    Step,
    StepStatus,
    TaperError,
    build_plan,
    next_amount,
    planned_amounts,
    schedule,
)
from kratomwise.taper.progress import Adherence, Pace, adherence, on_target, pace
from kratomwise.taper.rate import Cut, RateComparison, every_days, rate_comparison
from kratomwise.taper.units import (
    Unit,
    UnitError,
    format_amount,
    format_quantity,
    increment,
    parse_unit,
    round_down,
    round_nearest,
    unit_name,
)

__all__ = [
    "Adherence",
    "CheckIn",
    "CheckinError",
    "Closing",
    "Cut",
    "HoldCode",
    "HoldReason",
    "Notice",
    "Pace",
    "Plan",
    "PlanContext",
    "PlanSettings",
    "RateComparison",
    "Step",
    "StepStatus",
    "TaperError",
    "Thresholds",
    "Unit",
    "UnitError",
    "adherence",
    "build_plan",
    "closing",
    "every_days",
    "format_amount",
    "format_quantity",
    "hold_reasons",
    "increment",
    "next_amount",
    "no_kratom_rate_statement",
    "on_target",
    "pace",
    "parse_checkins_csv",
    "parse_unit",
    "planned_amounts",
    "rate_comparison",
    "round_down",
    "round_nearest",
    "schedule",
    "step_changes",
    "to_ical",
    "treatment_options",
    "unit_name",
]
