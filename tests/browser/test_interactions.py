"""The interaction checker in a phone-sized browser: autocomplete, safety first, no-JS use."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


def test_autocomplete_then_dangerous_result_shows_overdose_help_first(
    page: Page, live_url: str, owner: object
) -> None:
    page.goto(f"{live_url}/interactions/")
    page.fill("#names", "beer, xan")
    suggestion = page.locator("#suggestions a", has_text="Xanax").first
    expect(suggestion).to_be_visible()
    suggestion.click()
    expect(page).to_have_url(re.compile(r"names=beer"))
    expect(page.locator("#names")).to_have_value("beer, Xanax")
    urgent = page.locator("#overdose")
    expect(urgent).to_be_visible()
    expect(urgent).to_contain_text("Naloxone")
    # the overdose block comes before the page heading and the results
    top_urgent = urgent.bounding_box()
    top_heading = page.locator("h1").bounding_box()
    assert top_urgent and top_heading and top_urgent["y"] < top_heading["y"]
    first = page.locator(".ixn-results li").first
    expect(first.locator(".badge")).to_have_text("Dangerous")
    expect(page.locator(".ixn-names")).to_contain_text("brand name Xanax")
    page.locator(".ixn-results a", has_text="INT-09").first.click()
    expect(page).to_have_url(re.compile(r"/evidence/INT-09/$"))


def test_works_without_javascript(browser: Browser, live_url: str, owner: object) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{live_url}/interactions/")
    page.fill("#names", "Narcan, Lyrica, blorptastic")
    page.click("form.ixn-form button[type=submit]")
    expect(page.locator(".ixn-overall")).to_be_visible()
    expect(page.locator(".ixn-unresolved")).to_contain_text("Unknown")
    expect(page.locator(".ixn-results")).to_contain_text("kratom + naloxone")
    expect(page.locator(".ixn-results")).to_contain_text("Carry naloxone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    context.close()


def test_saved_list_is_checked_for_a_logged_in_person(
    page: Page, live_url: str, login: object, member: object
) -> None:
    login(page, member)  # type: ignore[operator]
    page.goto(f"{live_url}/interactions/?names=Lyrica")
    page.click("text=Save these names to my list")
    page.goto(f"{live_url}/interactions/")
    expect(page.locator(".ixn-saved")).to_contain_text("Lyrica")
    expect(page.locator(".ixn-results")).to_contain_text("kratom + pregabalin")
    page.click("text=Remove Lyrica")
    expect(page.locator(".ixn-list")).to_contain_text("Your list is empty.")
