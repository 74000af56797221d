"""Server-rendered SVG charts with text equivalents (no chart library, no script)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kratomwise.usage import Analysis
from kratomwise.usage.thresholds import TREND_MIN_DAYS
from kratomwise.usage.trend import theil_sen
from kratomwise.web.core import charts as c
from kratomwise.web.journal.services import page_date

HEIGHT = 200
CELL, GAP = 22, 3  # heat-map squares


@dataclass(frozen=True)
class Trend:
    """A fitted line, drawn only between the first and last day it was fitted on."""

    first: int  # index of the first fitted day among the bars
    last: int
    start: float  # the line's value on those days
    end: float


@dataclass(frozen=True)
class Chart:
    svg: c.Svg
    summary: str
    rows: Sequence[tuple[str, ...]]
    headers: tuple[str, ...]


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _bars(
    key: str,
    values: list[float],
    labels: list[str],
    title: str,
    desc: str,
    unit: str,
    trend: Trend | None = None,
) -> c.Svg:
    top = max([*values, 0.0]) * 1.1 or 1.0  # the axis follows the data, never the trend line
    frame = c.Frame(HEIGHT, x_span=max(len(values), 1), y_top=top)
    marks = [*c.y_axis(frame, (0.0, top), _fmt), c.unit_label(frame, unit)]
    for k, (value, label) in enumerate(zip(values, labels, strict=True)):
        marks.append(c.bar(frame, k, value, tip=f"{label}: {_fmt(value)} {unit}"))
    if labels:
        marks += c.x_ends(frame, labels[0], labels[-1])
    if trend:
        x0, x1 = frame.x(trend.first + 0.5), frame.x(trend.last + 0.5)
        y0, y1 = frame.y(trend.start), frame.y(trend.end)
        marks.append(
            c.line(x0, y0, x1, y1, c.DANGER, stroke_width=2.5, dash="6 3", cls="trend-line")
        )
    return c.chart(key, frame, "chart", title, desc, marks)


def short_date(day: dt.date) -> str:
    """Axis labels: the page's date format without the year."""
    return page_date(day).rsplit(" ", 1)[0]


def fit_trend(values: list[float]) -> Trend | None:
    """Theil–Sen line over the days with leaf use, when there are enough of them (the same
    minimum the escalation signal needs)."""
    points = [(float(k), v) for k, v in enumerate(values) if v > 0]
    if len(points) < TREND_MIN_DAYS:
        return None
    slope, intercept = theil_sen([p[0] for p in points], [p[1] for p in points])
    first, last = int(points[0][0]), int(points[-1][0])
    return Trend(first, last, intercept + slope * first, intercept + slope * last)


def daily_amount(result: Analysis, days: int = 28) -> Chart:
    recent = result.recent(days)
    values = [d.leaf_g for d in recent]
    labels = [short_date(d.day) for d in recent]
    trend = fit_trend(values)
    used = [v for v in values if v > 0]
    if used:
        summary = _(
            "Leaf grams on each of the last %(days)d days: used leaf on %(n)d days, "
            "%(avg)s g on a typical day of use, highest %(max)s g."
        ) % {
            "days": days,
            "n": len(used),
            "avg": _fmt(sorted(used)[len(used) // 2]),
            "max": _fmt(max(used)),
        }
        if trend:
            per_week = (trend.end - trend.start) / max(trend.last - trend.first, 1) * 7
            summary += " " + _(
                "The dashed trend line, fitted to those days from %(first)s to %(last)s, "
                "changes by %(w)s g a week."
            ) % {
                "first": page_date(recent[trend.first].day),
                "last": page_date(recent[trend.last].day),
                "w": _fmt(per_week),
            }
        else:
            summary += " " + _(
                "A trend line is drawn once you have used leaf on at least %(n)d days."
            ) % {"n": TREND_MIN_DAYS}
    else:
        summary = _("No leaf grams logged in the last %(days)d days.") % {"days": days}
    svg = _bars("amount", values, labels, _("Leaf grams per day"), summary, "g", trend)
    rows = [(page_date(d.day), _fmt(d.leaf_g), str(d.uses)) for d in recent if d.uses or d.leaf_g]
    return Chart(svg, summary, rows, (_("Day"), _("Leaf g"), _("Uses")))


def uses_per_day(result: Analysis, days: int = 28) -> Chart:
    recent = result.recent(days)
    values = [float(d.uses) for d in recent]
    labels = [short_date(d.day) for d in recent]
    total = int(sum(values))
    used_days = sum(1 for v in values if v)
    summary = _(
        "Uses per day over the last %(days)d days: %(total)d uses on %(used)d days, "
        "at most %(max)d in a day."
    ) % {"days": days, "total": total, "used": used_days, "max": int(max(values or [0]))}
    svg = _bars("uses", values, labels, _("Uses per day"), summary, _("uses"))
    rows = [(page_date(d.day), str(d.uses)) for d in recent if d.uses]
    return Chart(svg, summary, rows, (_("Day"), _("Uses")))


def heat_map(result: Analysis, weeks: int = 12) -> Chart:
    """Weeks as columns (oldest left), Monday to Sunday as rows; colour = uses that day."""
    this_monday = result.today - dt.timedelta(days=result.today.weekday())
    start = this_monday - dt.timedelta(weeks=weeks - 1)
    pitch, left, top = CELL + GAP, 30, 16
    width = left + weeks * pitch
    height = top + 7 * pitch + 4
    names = [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]
    rows: list[tuple[str, ...]] = []
    used_total = 0
    cells: list[c.Mark] = []
    for w in range(weeks):
        week_start = start + dt.timedelta(weeks=w)
        used = uses = 0
        for d in range(7):
            day = week_start + dt.timedelta(days=d)
            if day > result.today:
                continue
            found = result.days.get(day)
            n = found.uses if found else 0
            used += 1 if n else 0
            uses += n
            x, y = left + w * pitch, top + d * pitch
            tip = f"{page_date(day)}: {n}"
            cells.append(c.rect(x, y, CELL, CELL, c.SCALE[min(n, 3)], tip=tip, stroke=c.GRID, rx=3))
        used_total += used
        rows.append((page_date(week_start), str(used), str(uses)))
    summary = _(
        "Used on %(used)d of the last %(weeks)d weeks' days (darker = more uses that day)."
    ) % {
        "used": used_total,
        "weeks": weeks,
    }
    labels = [
        c.text(0, top + d * pitch + CELL - 6, name, size=c.SMALL)
        for d, name in enumerate(names)
        if d % 2 == 0  # every other day keeps the labels legible
    ]
    labels.append(c.text(left, top - 5, short_date(start), size=c.SMALL))
    title = _("Calendar of the last 12 weeks")
    svg = c.Svg("hm", width, height, "chart", title, summary, (*labels, *cells))
    return Chart(svg, summary, rows, (_("Week starting"), _("Days used"), _("Uses")))
