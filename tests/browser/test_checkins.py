"""Check-ins on a phone: PHQ-9 with item 9 = 1 shows the crisis lines above the score."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_phq9_item9_crisis_lines_above_score(page: Page, live_url: str, member, login) -> None:  # type: ignore[no-untyped-def]
    member.country = "US"
    member.save()
    login(page, member)
    page.goto(f"{live_url}/checkins/phq9/")
    for i in range(1, 9):
        page.locator(f"#fs-phq9_0{i} input[value='0']").check()
    page.locator("#fs-phq9_09 input[value='1']").check()
    page.click("form.instrument-form button[type=submit]")
    expect(page.locator("#safety")).to_be_visible()
    crisis = page.locator("#crisis-lines a.phone", has_text="988")
    expect(crisis).to_be_visible()
    score = page.locator("#score .big")
    expect(score).to_contain_text("1")
    crisis_box, score_box = crisis.bounding_box(), score.bounding_box()
    assert crisis_box and score_box and crisis_box["y"] < score_box["y"]
    assert crisis_box["y"] < 800  # on screen without scrolling
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def test_history_chart(page: Page, live_url: str, member, login) -> None:  # type: ignore[no-untyped-def]
    login(page, member)
    for value in ("7", "4"):
        page.goto(f"{live_url}/checkins/craving/")
        page.locator(f"#fs-craving_now input[value='{value}']").check()
        page.click("form.instrument-form button[type=submit]")
        expect(page.locator("#score .big")).to_contain_text(value)
    page.goto(f"{live_url}/checkins/craving/history/")
    expect(page.locator("svg.trend circle")).to_have_count(2)
    expect(page.locator("table")).to_contain_text("-3")


def test_cows_form_fits_a_phone(page: Page, live_url: str, member, login) -> None:  # type: ignore[no-untyped-def]
    login(page, member)
    page.goto(f"{live_url}/checkins/cows/")
    expect(page.locator("h1")).to_be_visible()
    assert not page.evaluate(
        "document.documentElement.scrollWidth > window.innerWidth"
    )  # a long DOI once widened the page
