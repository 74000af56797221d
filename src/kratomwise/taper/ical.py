"""iCalendar export: one all-day event per step change (the start and each new amount)."""

from __future__ import annotations

import datetime as dt

import icalendar

from kratomwise.i18n import _
from kratomwise.taper.plan import Plan, Step, StepStatus
from kratomwise.taper.units import format_quantity

PRODID = "-//kratomwise//taper plan//EN"


def step_changes(plan: Plan) -> list[Step]:
    """The first step and every step whose daily amount differs from the one before."""
    changes: list[Step] = []
    for step in plan.steps:
        if not changes or step.daily_amount != changes[-1].daily_amount:
            changes.append(step)
    return changes


def _summary(step: Step, plan: Plan) -> str:
    if step.daily_amount == 0:
        return _("Taper: your plan reaches 0 today")
    return _("Taper: your plan's daily amount is now {amount}").format(
        amount=format_quantity(step.daily_amount, plan.settings.unit)
    )


def _description(step: Step, plan: Plan) -> str:
    held = sum(1 for s in plan.steps if s.status is StepStatus.HELD and s.start < step.start)
    lines = [
        _("From your own taper plan in kratomwise (not a dose recommendation)."),
        _("If withdrawal or craving is strong, you can pause: check in first."),
    ]
    if held:
        lines.append(_("Holds so far: {n}.").format(n=held))
    return "\n".join(lines)


def to_ical(plan: Plan, uid_prefix: str = "taper", stamp: dt.datetime | None = None) -> bytes:
    """The plan as an iCalendar file (RFC 5545) with one event per step change.

    ``stamp`` is the DTSTAMP of every event (defaults to the plan's start at 00:00 UTC so the
    output is reproducible); ``uid_prefix`` keeps UIDs unique per plan.
    """
    when = stamp or dt.datetime.combine(plan.settings.start, dt.time(0, 0), tzinfo=dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _("Taper plan"))
    for step in step_changes(plan):
        event = icalendar.Event()
        event.add("uid", f"{uid_prefix}-{step.start.isoformat()}@kratomwise")
        event.add("dtstamp", when)
        event.add("dtstart", step.start)
        event.add("dtend", step.start + dt.timedelta(days=1))
        event.add("summary", _summary(step, plan))
        event.add("description", _description(step, plan))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
