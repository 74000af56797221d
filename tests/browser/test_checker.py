"""Check a text in the browser at phone size: paste, see verdicts, follow a fact link."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

TEXT = (
    "Kratom is not addictive. Kratom cures cancer. Kratom can cause dependence.\n\n"
    "Use code SAVE10 at https://shop.example.com/kratom?ref=me for 10% off."
)


def test_paste_check_and_follow_a_fact(page: Page, live_url: str, owner) -> None:
    page.goto(f"{live_url}/check/")
    page.fill("textarea[name=text]", TEXT)
    page.click("main button[type=submit]")
    expect(page.locator("#summary")).to_contain_text("Claims")
    expect(page.locator("#document a.claim.contradicted")).to_have_count(1)
    expect(page.locator("#document a.claim.supported")).to_have_count(1)
    expect(page.locator("#document a.claim.unsupported")).to_have_count(1)
    expect(page.locator("#claims")).to_contain_text("disease claim")
    # the seller link is listed as text, never as a link
    expect(page.locator("#links")).to_contain_text("https://shop.example.com/kratom?ref=me")
    assert page.locator("a[href^='https://shop.example.com']").count() == 0
    # nothing overflows a 375 px screen
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    # the highlighted claim leads to its reason, which links to the evidence
    page.locator("#document a.claim.contradicted").click()
    page.locator("#claims a[href='/evidence/DEP-04/']").first.click()
    expect(page).to_have_url(re.compile(r"/evidence/DEP-04/$"))
