"""The shared SVG chart helper: marks as data, rendered escaped through core/svg.html, and every
chart on the site escapes a hostile label."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from kratomwise.web.core import charts as c
from kratomwise.web.core.charts import render_svg

HOSTILE = '<script>alert("x")</script>'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def _assert_escaped(svg: str) -> None:
    assert "<script" not in svg
    assert ESCAPED in svg
    assert "style=" not in svg  # strict CSP: presentation attributes only


def test_marks_are_plain_data() -> None:
    frame = c.Frame(200, x_span=4, y_top=10)
    assert (frame.plot_w, frame.plot_h) == (354, 156)
    assert (frame.x(0), frame.x(4), frame.y(0), frame.y(10), frame.y(20)) == (36, 390, 174, 18, 18)
    assert c.bar(frame, 1, 5).attrs == (
        ("x", "137.8"),
        ("y", "96"),
        ("width", "61.9"),
        ("height", "78"),
        ("fill", c.BRAND),
    )
    assert c.num(2.0) == "2" and c.num(2.25) == "2.2" and c.num(0.06) == "0.1"


def test_helper_escapes_text_tips_titles_and_links() -> None:
    tile = c.link(HOSTILE, HOSTILE, [c.rect(0, 0, 1, 1, c.INK, tip=HOSTILE)], cls="tile")
    svg = c.Svg("k", 10, 10, "x", HOSTILE, HOSTILE, (tile, c.text(1, 2, HOSTILE)))
    html = render_svg(svg)
    _assert_escaped(html)
    assert html.count(ESCAPED) == 6  # title, desc, href, link title, rect title, text
    assert html.startswith("<svg") and html.strip().endswith("</svg>")
    assert 'role="img" aria-labelledby="k-t k-d"' in html
    hidden = render_svg(dataclasses.replace(svg, hidden=True))
    assert 'aria-hidden="true"' in hidden and "<desc" not in hidden


def test_journal_charts_escape_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    from kratomwise.usage import Entry, analyze
    from kratomwise.web.journal import charts

    monkeypatch.setattr(charts, "page_date", lambda day: f"{HOSTILE} {day.year}")
    today = dt.date(2026, 6, 30)
    entries = [
        Entry(dt.datetime(2026, 6, 30 - k, 9, tzinfo=dt.UTC), "kratom", "leaf_powder", 3.0, "g")
        for k in range(10)
    ]
    result = analyze(entries, today=today, checker=None)
    for chart in (
        charts.daily_amount(result),
        charts.uses_per_day(result),
        charts.heat_map(result),
    ):
        _assert_escaped(render_svg(chart.svg))


def test_taper_chart_escapes_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    from kratomwise import taper
    from kratomwise.web.taper import chart

    monkeypatch.setattr(chart, "show_date", lambda day: HOSTILE)
    start = dt.date.today()
    settings = taper.PlanSettings(Decimal(8), taper.parse_unit("g"), Decimal(10), 7, start)
    checkins = [taper.CheckIn(start, withdrawal=9, amount_taken=Decimal(7))]
    plan = taper.build_plan(settings, checkins, taper.Thresholds(withdrawal=6))
    html = render_svg(chart.render(plan, checkins, start))
    _assert_escaped(html)
    assert 'class="hold"' in html and 'class="taken"' in html


def test_checkin_trend_escapes_labels() -> None:
    from kratomwise.web.checkins.charts import trend_svg

    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    _assert_escaped(render_svg(trend_svg([(when, 5), (when, 7)], 27, HOSTILE, [(10, HOSTILE)])))


def test_us_map_escapes_names_and_links() -> None:
    from kratomwise.law import Level, load
    from kratomwise.web.law.usmap import render_us_map

    texas = next(row for row in load().rows if row.level is Level.state and row.code == "US-TX")
    html = render_svg(render_us_map({"TX": dataclasses.replace(texas, name=HOSTILE)}, HOSTILE))
    _assert_escaped(html)
