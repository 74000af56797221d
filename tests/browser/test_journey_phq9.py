"""Journey: a person fills in the PHQ-9 on a phone, answers only item 9 ("several days") at
first, sees the crisis lines at once, completes the rest, and finds the crisis notice with the
crisis lines on the Today page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_phq9_item9_then_today_shows_the_crisis_notice(
    page: Page,
    live_url: str,
    member,  # type: ignore[no-untyped-def]
    login,  # type: ignore[no-untyped-def]
) -> None:
    member.country = "US"
    member.save()
    login(page, member)

    page.goto(f"{live_url}/checkins/phq9/")
    page.locator("#fs-phq9_09 input[value='1']").check()
    page.click("form.instrument-form button[type=submit]")
    # other items blank: nothing is scored, yet the crisis lines come first
    expect(page.locator("#safety")).to_be_visible()
    crisis = page.locator("#safety a.phone", has_text="988")
    expect(crisis).to_be_visible()
    box = crisis.bounding_box()
    assert box and box["y"] < 800
    expect(page.locator("main")).to_contain_text("Nothing was saved")
    expect(page.locator("#fs-phq9_09 input[value='1']")).to_be_checked()  # nothing lost

    for i in range(1, 9):
        page.locator(f"#fs-phq9_0{i} input[value='0']").check()
    page.click("form.instrument-form button[type=submit]")
    expect(page.locator("#score .big")).to_contain_text("1")

    page.goto(f"{live_url}/")
    notice = page.locator("#today-safety")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Your safety comes first")
    phones = notice.locator("a.phone").all_inner_texts()
    assert phones == ["988", "911"]
    expect(page.locator("#today-checkins")).to_contain_text("PHQ-9: 1")
    expect(page.locator("#today-checkins")).not_to_contain_text("No check-ins yet")
    first = notice.locator("a.phone").first.bounding_box()
    assert first and first["y"] < 800  # the crisis line is on screen when Today opens
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
