"""Server-rendered SVG chart: planned daily amount (step line), amounts taken (dots), holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from kratomwise import taper as core
from kratomwise.web.taper.services import show_date

WIDTH, HEIGHT = 400, 230
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 16, 30
PLANNED = "#1d4ed8"
TAKEN = "#b45309"
HOLD_FILL = "#fde68a"
GRID = "#cbd5e1"
INK = "#1f2937"


def render(plan: core.Plan, checkins: list[core.CheckIn], today: dt.date) -> SafeString:
    first = plan.settings.start
    taken = [c for c in checkins if c.amount_taken is not None and c.day >= first]
    last = max([plan.end_date, *[c.day for c in taken]])
    span = max(1, (last - first).days + 1)
    top_amount = max([plan.steps[0].daily_amount, *[c.amount_taken or Decimal(0) for c in taken]])
    top_amount = top_amount if top_amount > 0 else Decimal(1)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - first).days / span

    def y(amount: Decimal) -> float:
        return TOP + plot_h * (1 - float(amount / top_amount))

    unit = plan.settings.unit.label
    title = _("Your taper plan: planned daily amount and what you took")
    desc = _(
        "Planned amount steps down from %(start)s on %(first)s to 0 on %(end)s. "
        "%(holds)d hold(s) shown as shaded bands; %(taken)d day(s) with the amount you took."
    ) % {
        "start": core.format_quantity(plan.steps[0].daily_amount, plan.settings.unit),
        "first": show_date(first),
        "end": show_date(plan.end_date),
        "holds": len(plan.holds),
        "taken": len(taken),
    }
    parts = [
        f'<svg class="taper-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="taper-chart-title taper-chart-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="taper-chart-title">{escape(title)}</title>',
        f'<desc id="taper-chart-desc">{escape(desc)}</desc>',
    ]
    for step in plan.holds:
        x0, x1 = x(step.start), x(step.end + dt.timedelta(days=1))
        parts.append(
            f'<rect class="hold" x="{x0:.1f}" y="{TOP}" width="{max(1.0, x1 - x0):.1f}" '
            f'height="{plot_h}" fill="{HOLD_FILL}"><title>{escape(_("Held"))}: '
            f"{escape(show_date(step.start))} – {escape(show_date(step.end))}</title></rect>"
        )
    for amount in (top_amount, top_amount / 2, Decimal(0)):
        yy = y(amount)
        parts.append(
            f'<line x1="{LEFT}" y1="{yy:.1f}" x2="{WIDTH - RIGHT}" y2="{yy:.1f}" stroke="{GRID}" '
            f'stroke-width="1"/>'
            f'<text x="{LEFT - 4}" y="{yy + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="{INK}">{escape(core.format_amount(amount.quantize(Decimal("0.01"))))}</text>'
        )
    points: list[str] = []
    for step in plan.steps:
        x0, x1 = x(step.start), x(step.end + dt.timedelta(days=1))
        yy = y(step.daily_amount)
        points.append(f"{x0:.1f},{yy:.1f} {x1:.1f},{yy:.1f}")
    parts.append(
        f'<polyline class="planned" points="{" ".join(points)}" fill="none" stroke="{PLANNED}" '
        f'stroke-width="2.5"/>'
    )
    for item in taken:
        cx = x(item.day) + plot_w / span / 2
        amount = item.amount_taken or Decimal(0)
        parts.append(
            f'<circle class="taken" cx="{cx:.1f}" cy="{y(amount):.1f}" r="3.5" fill="{TAKEN}">'
            f"<title>{escape(show_date(item.day))}: "
            f"{escape(core.format_quantity(amount, plan.settings.unit))}</title></circle>"
        )
    if first <= today <= last:
        tx = x(today)
        parts.append(
            f'<line class="today" x1="{tx:.1f}" y1="{TOP}" x2="{tx:.1f}" y2="{TOP + plot_h}" '
            f'stroke="{INK}" stroke-width="1" stroke-dasharray="4 3"/>'
        )
    base = HEIGHT - BOTTOM + 16
    parts.append(
        f'<text x="{LEFT}" y="{base}" font-size="12" fill="{INK}">'
        f"{escape(show_date(first))}</text>"
        f'<text x="{WIDTH - RIGHT}" y="{base}" font-size="12" text-anchor="end" fill="{INK}">'
        f"{escape(show_date(last))}</text>"
        f'<text x="{LEFT}" y="{TOP - 3}" font-size="12" fill="{INK}">{escape(unit)}</text>'
    )
    parts.append("</svg>")
    return mark_safe("".join(parts))
