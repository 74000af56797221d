"""Phone size: create a plan, set a withdrawal threshold, check in above it, see the hold."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_plan_threshold_checkin_hold_and_override(page: Page, live_url: str, login, owner) -> None:  # type: ignore[no-untyped-def]
    login(page, owner)
    page.goto(f"{live_url}/taper/")
    expect(page.locator("h1")).to_have_text("Plan a gradual taper")
    expect(page.locator("main")).to_contain_text("No taper rate for kratom has been studied")

    page.fill("#id_amount", "8")
    page.select_option("#id_unit", "g")
    page.fill("#id_percent", "10")
    page.fill("#id_every_days", "7")
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/taper/$"))
    expect(page.locator("[data-testid=target]")).to_contain_text("8")
    expect(page.locator(".taper-chart")).to_be_visible()

    page.select_option("#id_withdrawal_scale", "rating")
    page.fill("#id_hold_withdrawal", "6")
    page.click("text=Save thresholds")
    expect(page.locator(".messages")).to_contain_text("thresholds are saved")

    page.fill("#id_withdrawal", "8")
    page.fill("#id_craving", "4")
    page.click("text=Save check-in")
    hold = page.locator("[data-testid=hold]")
    expect(hold).to_be_visible()
    expect(hold).to_contain_text("on hold")
    expect(hold).to_contain_text("was 8, at or above the threshold of 6 you set")
    expect(page.locator(".taper-table tr.held").first).to_contain_text("Held")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.click("text=Continue with the cut anyway")
    expect(page.locator("[data-testid=hold]")).to_have_count(0)
    expect(page.locator(".taper-table")).to_contain_text("You chose to continue")
