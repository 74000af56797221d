"""Server-rendered SVG trend chart (no JavaScript, no chart library)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 340, 180
LEFT, RIGHT, TOP, BOTTOM = 34, 10, 12, 28


def trend_svg(
    points: Sequence[tuple[datetime, int]],
    max_total: int,
    title: str,
    cutoffs: Sequence[tuple[int, str]] = (),
) -> SafeString:
    """A line chart of totals over time, oldest left. ``cutoffs`` are (lower bound, band label)
    drawn as dashed lines. Returns escaped, self-contained SVG markup with <title> and <desc>."""
    pts = sorted(points, key=lambda p: p[0])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max(max_total, 1)

    def y(value: int) -> float:
        return TOP + plot_h - (value / top) * plot_h

    def x(index: int) -> float:
        if len(pts) == 1:
            return LEFT + plot_w / 2
        return LEFT + index * plot_w / (len(pts) - 1)

    desc = "; ".join(f"{when:%Y-%m-%d}: {value}" for when, value in pts)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" class="trend" '
        f'aria-labelledby="trend-title trend-desc">',
        f'<title id="trend-title">{escape(title)}</title>',
        f'<desc id="trend-desc">{escape(desc)}</desc>',
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#f3f6f4" '
        'stroke="#c9d3ce"/>',
    ]
    for lower, label in cutoffs:
        if 0 < lower <= top:
            yy = y(lower)
            parts.append(
                f'<line x1="{LEFT}" y1="{yy:.1f}" x2="{LEFT + plot_w}" y2="{yy:.1f}" '
                'stroke="#8a4b00" stroke-dasharray="4 3" stroke-width="1"/>'
                f'<text x="{LEFT + plot_w - 2}" y="{yy - 2:.1f}" font-size="9" '
                f'text-anchor="end" fill="#4f5a55">{escape(label)}</text>'
            )
    for value in (0, top):
        parts.append(
            f'<text x="{LEFT - 4}" y="{y(value) + 3:.1f}" font-size="10" text-anchor="end" '
            f'fill="#1b1f1d">{value}</text>'
        )
    if pts:
        coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(pts))
        if len(pts) > 1:
            parts.append(
                f'<polyline points="{coords}" fill="none" stroke="#1f5f3f" stroke-width="2"/>'
            )
        for i, (when, value) in enumerate(pts):
            parts.append(
                f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3.5" fill="#1f5f3f">'
                f"<title>{when:%Y-%m-%d %H:%M}: {value}</title></circle>"
            )
        first, last = pts[0][0], pts[-1][0]
        parts.append(
            f'<text x="{LEFT}" y="{HEIGHT - 8}" font-size="10" fill="#1b1f1d">'
            f"{first:%Y-%m-%d}</text>"
        )
        if len(pts) > 1:
            parts.append(
                f'<text x="{LEFT + plot_w}" y="{HEIGHT - 8}" font-size="10" text-anchor="end" '
                f'fill="#1b1f1d">{last:%Y-%m-%d}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every interpolated text is escaped above
