"""A newcomer's first visit: create the owner, log out and in, search, read a fact."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PASSWORD = "a long and private passphrase 42"


def test_first_run_setup_login_search_and_fact_page(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/")
    expect(page).to_have_url(re.compile(r"/accounts/setup/$"))
    page.fill("#id_username", "sam")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Today")

    page.click("text=Log out (sam)")
    page.goto(f"{live_url}/accounts/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("Today")

    page.goto(f"{live_url}/evidence/")
    page.fill("#q", "withdrawal frequency")
    page.click("form[role=search] button[type=submit]")
    first = page.locator(".result-list li").first
    expect(first).to_contain_text("DEP-08")
    first.locator("a.fact-id").click()
    expect(page).to_have_url(re.compile(r"/evidence/DEP-08/$"))
    expect(page.locator("h2").first).to_contain_text("Type of evidence")
    assert page.locator("a.get-help").is_visible()
    # Nothing on the page overflows a 375 px phone screen.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375


def test_live_search_updates_results_without_reload(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/evidence/")
    page.fill("#q", "liver")
    expect(page.locator("#results .result-list li").first).to_contain_text("HRM")
