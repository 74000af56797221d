"""API tokens page in a phone-sized and a desktop browser: make a token, see it once, revoke it."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [375, 1280])
def test_make_and_revoke_a_token(
    page: Page, live_url: str, owner: object, login: Callable[..., None], width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    login(page, owner)
    page.goto(f"{live_url}/accounts/settings/")
    page.click("text=Manage API tokens")
    page.fill("#id_name", "my phone")
    page.check("input[name=scope][value=write]")
    page.click("main button:has-text('Make token')")
    token = page.locator("#new-token")
    expect(token).to_contain_text("kw_")
    shots = os.environ.get("KRATOMWISE_SCREENSHOTS")
    if shots:
        page.screenshot(path=f"{shots}/tokens-{width}.png", full_page=True)
    page.click("main button:has-text('Revoke my phone')")
    expect(page.locator("#new-token")).to_have_count(0)
    expect(page.locator("main")).to_contain_text("revoked")
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width
