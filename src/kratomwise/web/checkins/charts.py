"""The check-in trend chart: an instrument's totals over time, with its band cut-offs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kratomwise.web.core import charts as c

HEIGHT = 210


def trend_svg(
    points: Sequence[tuple[datetime, int]],
    max_total: int,
    title: str,
    cutoffs: Sequence[tuple[int, str]] = (),
) -> c.Svg:
    """Totals over time, oldest left, one point per result; ``cutoffs`` are (lower bound, band
    label) drawn as dashed lines."""
    pts = sorted(points, key=lambda p: p[0])
    top = max(max_total, 1)
    frame = c.Frame(HEIGHT, x_span=max(len(pts) - 1, 1), y_top=top)

    def x(index: int) -> float:
        return frame.x(index) if len(pts) > 1 else frame.x(0.5)

    marks = c.y_axis(frame, (0, top))
    for lower, label in cutoffs:
        if 0 < lower <= top:
            yy = frame.y(lower)
            marks.append(c.line(frame.left, yy, frame.right, yy, c.WARNING, dash="4 3"))
            marks.append(
                c.text(frame.right - 2, yy - 3, label, anchor="end", size=c.SMALL, fill=c.MUTED)
            )
    if len(pts) > 1:
        marks.append(c.polyline([(x(i), frame.y(v)) for i, (_, v) in enumerate(pts)], c.BRAND))
    for i, (when, value) in enumerate(pts):
        marks.append(c.circle(x(i), frame.y(value), c.BRAND, tip=f"{when:%Y-%m-%d %H:%M}: {value}"))
    if pts:
        marks += c.x_ends(frame, f"{pts[0][0]:%Y-%m-%d}", f"{pts[-1][0]:%Y-%m-%d}")
    desc = "; ".join(f"{when:%Y-%m-%d}: {value}" for when, value in pts)
    return c.chart("trend", frame, "trend", title, desc, marks)
