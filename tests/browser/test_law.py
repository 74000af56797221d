"""Law pages in a phone-sized Chromium: search Denver, read the layers; the US map renders."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_search_denver_shows_layers_and_as_of_notice(page: Page, live_url: str, owner) -> None:
    page.goto(f"{live_url}/law/")
    page.fill("#q", "Denver")
    page.click("form[role=search] button[type=submit]")
    expect(page).to_have_url(re.compile(r"/law/US-CO:denver/$"))
    expect(page.locator("h1")).to_contain_text("Denver")
    layers = page.locator(".law-layer h3")
    expect(layers).to_have_count(3)
    expect(layers.nth(0)).to_contain_text("United States (federal)")
    expect(layers.nth(1)).to_contain_text("Colorado")
    expect(layers.nth(2)).to_contain_text("Denver")
    expect(page.locator("#stale-notice")).to_be_visible()
    expect(page.locator("#stale-notice")).to_contain_text("Check current law")
    expect(page.locator(".law-status")).to_contain_text("Oldest check of these rules")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_us_map_renders_with_legend(page: Page, live_url: str, owner) -> None:
    page.goto(f"{live_url}/law/")
    svg = page.locator("svg.law-map-svg")
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 200
    expect(page.locator("svg.law-map-svg a.law-tile")).to_have_count(51)
    legend = page.locator(".law-legend li")
    expect(legend).to_have_count(6)
    expect(legend.first).to_be_visible()
    expect(page.locator(".law-legend")).to_contain_text("Banned")
    # The text alternative opens without JavaScript (a <details> element).
    page.click("details.law-table-alt summary")
    expect(page.locator("details.law-table-alt table")).to_contain_text("Texas")
    # Tiles are links to the state's page.
    page.locator('svg.law-map-svg a[href="/law/US-TX/"]').click()
    expect(page).to_have_url(re.compile(r"/law/US-TX/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_compare_colorado_thailand(page: Page, live_url: str, owner) -> None:
    page.goto(f"{live_url}/law/compare/?from=US-CO&to=TH")
    expect(page.locator("h1")).to_contain_text("Compare")
    expect(page.locator(".law-compare")).to_contain_text("Thailand")
    expect(page.locator("#carry-heading")).to_be_visible()
