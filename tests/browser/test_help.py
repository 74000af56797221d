"""/help/ on a phone: tick "slow or stopped breathing", see the emergency number first."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_breathing_shows_emergency_number_first(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/help/?country=US")
    page.locator("#group-breathing > summary").click()
    page.get_by_label("Breathing is very slow, shallow, uneven, or has stopped").check()
    page.click("#triage-form button[type=submit]")
    first_phone = page.locator("main a.phone").first
    expect(first_phone).to_have_text("911")
    expect(page.locator("#triage-result")).to_contain_text("Emergency: call for help now")
    expect(page.locator("#naloxone")).to_be_visible()
    # the page heading, then the level, then the emergency number
    phone_box = first_phone.bounding_box()
    level_box = page.locator("#level-heading").bounding_box()
    heading_box = page.locator("h1").bounding_box()
    assert phone_box and level_box and heading_box
    assert heading_box["y"] < level_box["y"] < phone_box["y"]
    assert phone_box["y"] < 800  # visible without scrolling on a 375x800 phone
    expect(page.locator(".rules")).to_contain_text("Breathing is very slow")
    expect(page.locator("main")).not_to_contain_text("TR-")
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow


def test_help_works_without_javascript(browser, live_url: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{live_url}/help/?country=GB")
    page.locator("#group-heart > summary").click()  # <details> opens without JavaScript
    page.get_by_label("Pain, pressure or tightness in the chest").check()
    page.click("#triage-form button[type=submit]")
    expect(page.locator("main a.phone").first).to_have_text("999")
    expect(page.locator("#triage-result")).to_contain_text("Emergency")
    context.close()


def test_get_help_link_on_every_page(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/evidence/")
    page.click("a.get-help")
    expect(page.locator("h1")).to_have_text("Get help now")
