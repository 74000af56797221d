"""The tile-grid map: layout, contrast, CSP-safe markup."""

from __future__ import annotations

import re

import pycountry

from kratomwise.law import Level, load
from kratomwise.web.core.charts import render_svg
from kratomwise.web.law.usmap import SWATCHES, TILES, contrast, render_swatch, render_us_map


def test_every_state_and_dc_has_one_tile() -> None:
    codes = {
        sub.code[3:]
        for sub in pycountry.subdivisions.get(country_code="US")
        if sub.type in ("State", "District")
    }
    assert set(TILES) == codes
    assert len(set(TILES.values())) == len(TILES)  # no two tiles overlap


def test_label_contrast_is_wcag_aa() -> None:
    for key, swatch in SWATCHES.items():
        assert contrast(swatch.fill, swatch.text) >= 4.5, key


def test_map_markup() -> None:
    states = {row.code[3:]: row for row in load().rows if row.level is Level.state}
    svg = render_svg(render_us_map(states)).strip()
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "style=" not in svg
    assert svg.count("<rect") == 51
    assert 'href="/law/US-TX/"' in svg
    assert re.search(r"<title>Texas: \w+</title>", svg)
    assert "<desc" in svg
    assert "style=" not in render_svg(render_swatch("banned"))


def test_missing_state_is_no_data() -> None:
    svg = render_svg(render_us_map({}))
    assert svg.count('fill="#ffffff"') >= 51
