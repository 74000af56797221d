"""Server-rendered SVG charts with text equivalents (no chart library, no script)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils.translation import gettext as _

from kratomwise.usage import Analysis
from kratomwise.usage.thresholds import TREND_MIN_DAYS
from kratomwise.usage.trend import theil_sen
from kratomwise.web.journal.services import page_date

WIDTH, HEIGHT = 340, 170
LEFT, RIGHT, TOP, BOTTOM = 34, 6, 10, 24
BAR = "#1f5f3f"
TREND = "#a4161a"
GRID = "#c9d3ce"
INK = "#1b1f1d"
_SMALL = f'font-size="10" fill="{INK}"'
_SMALL_END = f'text-anchor="end" {_SMALL}'
HEAT = ("#eef2f0", "#b7d7c2", "#5fa57a", "#1f5f3f")  # 0, 1, 2, 3+ uses


@dataclass(frozen=True)
class Trend:
    """A fitted line, drawn only between the first and last day it was fitted on."""

    first: int  # index of the first fitted day among the bars
    last: int
    start: float  # the line's value on those days
    end: float


@dataclass(frozen=True)
class Chart:
    svg: str
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
) -> str:
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max([*values, 0.0]) * 1.1 or 1.0  # the axis follows the data, never the trend line
    step = plot_w / max(len(values), 1)
    base, right = TOP + plot_h, WIDTH - RIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="{key}-t {key}-d" class="chart">',
        f'<title id="{key}-t">{escape(title)}</title>',
        f'<desc id="{key}-d">{escape(desc)}</desc>',
        f'<line x1="{LEFT}" y1="{base}" x2="{right}" y2="{base}" stroke="{INK}" />',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{right}" y2="{TOP}" stroke="{GRID}" '
        'stroke-dasharray="3 3" />',
        f'<text x="{LEFT - 4}" y="{TOP + 4}" {_SMALL_END}>{_fmt(top)}</text>',
        f'<text x="{LEFT - 4}" y="{base}" {_SMALL_END}>0</text>',
        f'<text x="{LEFT}" y="{TOP - 1}" font-size="9" fill="{INK}">{escape(unit)}</text>',
    ]
    for k, (value, label) in enumerate(zip(values, labels, strict=True)):
        h = plot_h * value / top
        x = LEFT + k * step + step * 0.15
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{BAR}"><title>{escape(label)}: {_fmt(value)} {escape(unit)}</title></rect>'
        )
    if labels:
        parts.append(f'<text x="{LEFT}" y="{HEIGHT - 6}" {_SMALL}>{escape(labels[0])}</text>')
        parts.append(f'<text x="{right}" y="{HEIGHT - 6}" {_SMALL_END}>{escape(labels[-1])}</text>')
    if trend:
        y0 = base - plot_h * min(max(trend.start, 0.0), top) / top
        y1 = base - plot_h * min(max(trend.end, 0.0), top) / top
        x0, x1 = LEFT + step * (trend.first + 0.5), LEFT + step * (trend.last + 0.5)
        parts.append(
            f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="{TREND}" '
            'stroke-width="2.5" stroke-dasharray="6 3" class="trend-line" />'
        )
    parts.append("</svg>")
    return "".join(parts)


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
    cell, gap, left, top = 22, 3, 30, 14
    width = left + weeks * (cell + gap)
    height = top + 7 * (cell + gap) + 4
    names = [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]
    rows: list[tuple[str, ...]] = []
    used_total = 0
    parts = []
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
            colour = HEAT[min(n, 3)]
            parts.append(
                f'<rect x="{left + w * (cell + gap)}" y="{top + d * (cell + gap)}" width="{cell}" '
                f'height="{cell}" rx="3" fill="{colour}" stroke="{GRID}">'
                f"<title>{escape(page_date(day))}: {n}</title></rect>"
            )
        used_total += used
        rows.append((page_date(week_start), str(used), str(uses)))
    summary = _(
        "Used on %(used)d of the last %(weeks)d weeks' days (darker = more uses that day)."
    ) % {
        "used": used_total,
        "weeks": weeks,
    }
    head = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="hm-t hm-d" class="chart">',
        f'<title id="hm-t">{escape(_("Calendar of the last 12 weeks"))}</title>',
        f'<desc id="hm-d">{escape(summary)}</desc>',
    ]
    for d, name in enumerate(names):
        if d % 2 == 0:
            head.append(
                f'<text x="0" y="{top + d * (cell + gap) + cell - 6}" {_SMALL}>'
                f"{escape(name)}</text>"
            )
    head.append(
        f'<text x="{left}" y="10" font-size="10" fill="{INK}">{escape(short_date(start))}</text>'
    )
    svg = "".join([*head, *parts, "</svg>"])
    return Chart(svg, summary, rows, (_("Week starting"), _("Days used"), _("Uses")))
