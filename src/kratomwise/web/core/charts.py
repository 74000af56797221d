"""One SVG chart helper for every page: frame and margins, linear scales, axes, one palette, and
marks (bars, lines, points, text, links) as plain data.

Charts are rendered by the template ``core/svg.html`` (include it with ``svg=...``), so every
label and attribute goes through Django's autoescaping; nothing here builds markup. Only SVG
presentation attributes are used (the strict CSP forbids ``style=`` and inline script), and each
chart has a <title> and <desc>; the page gives a visible summary or table beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from django.template.loader import render_to_string

# The site's palette (core/static/core/site.css variables), so charts match the pages.
INK = "#1b1f1d"  # --ink: text, axes
MUTED = "#4f5a55"  # --muted: secondary labels
GRID = "#c9d3ce"  # --line: grid lines, cell borders
SOFT = "#f3f6f4"  # --soft: empty cells
BRAND = "#1f5f3f"  # --brand: the main series
INFO = "#0b4f8a"  # --info: a planned series
WARNING = "#8a4b00"  # --warning: a second series, band cut-offs
DANGER = "#a4161a"  # --danger: trend lines
HIGHLIGHT = "#fde68a"  # shaded periods (taper holds)
SCALE = ("#eef2f0", "#b7d7c2", "#5fa57a", "#1f5f3f")  # light to dark: 0, 1, 2, 3+

# One frame for the line and bar charts: a 400-unit-wide view box that scales to the column.
WIDTH = 400
LEFT, RIGHT, TOP, BOTTOM = 36, 10, 18, 26
TEXT = 12  # label size in view-box units
SMALL = 10


def num(value: float) -> str:
    """A coordinate or label number: one decimal at most, no trailing zeros."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Mark:
    """One SVG element: tag, presentation attributes, text, a tooltip (<title> child) and, for
    links, child marks."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    text: str = ""
    tip: str = ""
    children: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Svg:
    """A whole chart. ``key`` prefixes the ids of its <title> and <desc> (unique on a page);
    a ``hidden`` chart is decorative (aria-hidden, no title) and needs a text label beside it."""

    key: str
    width: float
    height: float
    css_class: str
    title: str
    desc: str
    marks: tuple[Mark, ...]
    hidden: bool = False

    @property
    def nodes(self) -> list[tuple[str, str, tuple[tuple[str, str], ...], str, str]]:
        """The marks in document order as (step, tag, attrs, text, tip) for the template; step is
        "leaf", "open" or "close". Flat tuples keep the template's variable lookups cheap."""
        return [(step, m.tag, m.attrs, m.text, m.tip) for step, m in _walk(self.marks)]


def _walk(marks: Sequence[Mark]) -> Iterator[tuple[str, Mark]]:
    for mark in marks:
        if mark.children:
            yield "open", mark
            yield from _walk(mark.children)
            yield "close", mark
        else:
            yield "leaf", mark


Attr = float | str | None
_ALIASES = {"cls": "class", "dash": "stroke-dasharray"}


def mark(tag: str, text: str = "", tip: str = "", /, **attrs: Attr) -> Mark:
    """A mark; attribute names use ``_`` for ``-`` (``stroke_width``), ``cls`` is ``class`` and
    ``dash`` is ``stroke-dasharray``; None drops the attribute; numbers go through :func:`num`."""
    pairs = tuple(
        (_ALIASES.get(key) or key.replace("_", "-"), _value(value))
        for key, value in attrs.items()
        if value is not None
    )
    return Mark(tag, pairs, text, tip)


def _value(value: float | str) -> str:
    return value if isinstance(value, str) else num(value)


def text(
    x: float,
    y: float,
    content: str,
    *,
    anchor: str | None = None,
    size: int = TEXT,
    fill: str = INK,
    weight: str | None = None,
) -> Mark:
    return mark(
        "text", content, x=x, y=y, text_anchor=anchor, font_size=size, fill=fill, font_weight=weight
    )


def line(x1: float, y1: float, x2: float, y2: float, stroke: str = GRID, **more: Attr) -> Mark:
    """A line; ``more`` as in :func:`mark` (``dash``, ``stroke_width``, ``cls``)."""
    return mark("line", x1=x1, y1=y1, x2=x2, y2=y2, stroke=stroke, **more)


def rect(x: float, y: float, w: float, h: float, fill: str, tip: str = "", **more: Attr) -> Mark:
    """A rectangle; ``more`` as in :func:`mark` (``stroke``, ``dash``, ``rx``, ``cls``)."""
    return mark("rect", "", tip, x=x, y=y, width=w, height=h, fill=fill, **more)


def circle(
    cx: float, cy: float, fill: str, *, tip: str = "", r: float = 3.5, cls: str | None = None
) -> Mark:
    return mark("circle", "", tip, cx=cx, cy=cy, r=r, fill=fill, cls=cls)


def polyline(
    points: Sequence[tuple[float, float]], stroke: str, *, width: float = 2, cls: str | None = None
) -> Mark:
    coords = " ".join(f"{num(x)},{num(y)}" for x, y in points)
    return mark("polyline", points=coords, fill="none", stroke=stroke, stroke_width=width, cls=cls)


def link(href: str, tip: str, children: Sequence[Mark], cls: str | None = None) -> Mark:
    """An <a> around ``children``: one focus stop, named by ``tip``."""
    base = mark("a", "", tip, href=href, cls=cls)
    return Mark(base.tag, base.attrs, tip=tip, children=tuple(children))


@dataclass(frozen=True)
class Frame:
    """The plot area inside the shared margins, with linear scales: x maps [0, x_span] to the
    plot's width and y maps [0, y_top] to its height (0 at the bottom)."""

    height: float
    x_span: float = 1.0
    y_top: float = 1.0
    width: float = WIDTH
    left: float = LEFT

    @property
    def plot_w(self) -> float:
        return self.width - self.left - RIGHT

    @property
    def plot_h(self) -> float:
        return self.height - TOP - BOTTOM

    @property
    def right(self) -> float:
        return self.width - RIGHT

    @property
    def base(self) -> float:
        return self.height - BOTTOM

    def x(self, value: float) -> float:
        return self.left + self.plot_w * value / (self.x_span or 1.0)

    def y(self, value: float) -> float:
        top = self.y_top or 1.0
        return self.base - self.plot_h * min(max(value, 0.0), top) / top

    def slot(self) -> float:
        """The width of one unit of x (a day's bar)."""
        return self.plot_w / (self.x_span or 1.0)


def y_axis(frame: Frame, ticks: Sequence[float], label: Callable[[float], str] = num) -> list[Mark]:
    """A solid baseline at 0, dashed grid lines at the other ticks, each labelled at the left."""
    marks: list[Mark] = []
    for tick in ticks:
        yy = frame.y(tick)
        if tick == 0:
            marks.append(line(frame.left, yy, frame.right, yy, INK))
        else:
            marks.append(line(frame.left, yy, frame.right, yy, GRID, dash="3 3"))
        marks.append(text(frame.left - 4, yy + 4, label(tick), anchor="end"))
    return marks


def x_ends(frame: Frame, first: str, last: str) -> list[Mark]:
    """The first and last x labels under the plot (dates, oldest left)."""
    below = frame.height - 7
    marks = [text(frame.left, below, first)]
    if last and last != first:
        marks.append(text(frame.right, below, last, anchor="end"))
    return marks


def unit_label(frame: Frame, unit: str) -> Mark:
    """The y axis's unit, above the plot on the left."""
    return text(frame.left, TOP - 6, unit, size=SMALL, fill=MUTED)


def bar(frame: Frame, slot: int, value: float, fill: str = BRAND, *, tip: str = "") -> Mark:
    """A bar filling 70 % of its slot (slot 0 is the leftmost)."""
    width = frame.slot()
    top = frame.y(value)
    return rect(frame.x(slot) + width * 0.15, top, width * 0.7, frame.base - top, fill, tip=tip)


def chart(
    key: str, frame: Frame, css_class: str, title: str, desc: str, marks: Sequence[Mark]
) -> Svg:
    return Svg(key, frame.width, frame.height, css_class, title, desc, tuple(marks))


def render_svg(svg: Svg) -> str:
    """The chart's markup from its template (escaped), for tests and non-template callers."""
    return render_to_string("core/svg.html", {"svg": svg})
