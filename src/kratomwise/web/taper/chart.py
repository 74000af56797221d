"""The taper chart: planned daily amount (step line), amounts taken (dots), holds (bands)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext as _

from kratomwise import taper as core
from kratomwise.web.core import charts as c
from kratomwise.web.taper.services import show_date

HEIGHT = 230


def render(plan: core.Plan, checkins: list[core.CheckIn], today: dt.date) -> c.Svg:
    first = plan.settings.start
    taken = [item for item in checkins if item.amount_taken is not None and item.day >= first]
    last = max([plan.end_date, *[item.day for item in taken]])
    span = max(1, (last - first).days + 1)
    top_amount = max(
        [plan.steps[0].daily_amount, *[item.amount_taken or Decimal(0) for item in taken]]
    )
    top_amount = top_amount if top_amount > 0 else Decimal(1)
    frame = c.Frame(HEIGHT, x_span=span, y_top=float(top_amount))

    def x(day: dt.date) -> float:
        return frame.x((day - first).days)

    unit = plan.settings.unit
    desc = _(
        "Planned amount steps down from %(start)s on %(first)s to 0 on %(end)s. "
        "Holds, shown as shaded bands: %(holds)d. Days with the amount you took: %(taken)d."
    ) % {
        "start": core.format_quantity(plan.steps[0].daily_amount, unit),
        "first": show_date(first),
        "end": show_date(plan.end_date),
        "holds": len(plan.holds),
        "taken": len(taken),
    }
    marks: list[c.Mark] = []
    for step in plan.holds:
        x0, x1 = x(step.start), x(step.end + dt.timedelta(days=1))
        held = f"{_('Held')}: {show_date(step.start)} – {show_date(step.end)}"
        marks.append(
            c.rect(x0, c.TOP, max(1.0, x1 - x0), frame.plot_h, c.HIGHLIGHT, tip=held, cls="hold")
        )
    ticks = (float(top_amount), float(top_amount) / 2, 0.0)
    marks += c.y_axis(
        frame, ticks, lambda v: core.format_amount(Decimal(v).quantize(Decimal("0.01")))
    )
    points: list[tuple[float, float]] = []
    for step in plan.steps:
        yy = frame.y(float(step.daily_amount))
        points += [(x(step.start), yy), (x(step.end + dt.timedelta(days=1)), yy)]
    marks.append(c.polyline(points, c.INFO, width=2.5, cls="planned"))
    for item in taken:
        amount = item.amount_taken or Decimal(0)
        tip = f"{show_date(item.day)}: {core.format_quantity(amount, unit)}"
        marks.append(
            c.circle(
                x(item.day) + frame.slot() / 2,
                frame.y(float(amount)),
                c.WARNING,
                tip=tip,
                cls="taken",
            )
        )
    if first <= today <= last:
        tx = x(today)
        marks.append(c.line(tx, c.TOP, tx, frame.base, c.INK, dash="4 3", cls="today"))
    marks += c.x_ends(frame, show_date(first), show_date(last))
    marks.append(c.unit_label(frame, unit.label))
    title = _("Your taper plan: planned daily amount and what you took")
    return c.chart("taper-chart", frame, "taper-chart", title, desc, marks)
