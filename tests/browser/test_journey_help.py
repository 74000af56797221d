"""Journey: a person in Thailand thinking about ending their life, with a plan, asks /help/ on a
phone. What comes first is the emergency (EMS 1669 above police 191) and crisis numbers; nothing
tells them to put someone in the recovery position, and no internal code shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_plan_in_thailand_emergency_and_crisis_first(page: Page, live_url: str) -> None:
    page.goto(f"{live_url}/help/")
    page.select_option("#country", "TH")
    page.locator("#group-mood > summary").click()
    page.get_by_label(
        "Thinking about ending your life and having a plan, or meaning to act now"
    ).check()
    page.click("#triage-form button[type=submit]")

    result = page.locator("#triage-result")
    expect(result).to_contain_text("Emergency: call for help now")
    phones = page.locator("main a.phone").all_inner_texts()
    assert phones[:3] == ["1669", "191", "1323"]  # EMS, then police, then the crisis line
    first = page.locator("main a.phone").first.bounding_box()
    assert first and first["y"] < 800  # on screen without scrolling
    expect(page.locator("#crisis-lines")).to_contain_text("1323")

    advice = page.locator(".advice li").first
    expect(advice).to_contain_text("Call 1669 now or go to the nearest emergency department")
    expect(advice).to_contain_text("Don't stay alone")
    expect(advice).to_contain_text("out of reach")

    main = page.locator("main")
    expect(main).not_to_contain_text("recovery position")
    expect(main).not_to_contain_text("your local emergency number")
    expect(main).not_to_contain_text("TR-")
    expect(main).not_to_contain_text("suicidal_thoughts")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
