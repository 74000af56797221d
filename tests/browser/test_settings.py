"""Settings on a phone: the browser's time zone is chosen when none is saved (a static script;
the page still works without it)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_browser_time_zone_is_suggested(browser, live_url: str, member, login) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, locale="th-TH", timezone_id="Asia/Bangkok"
    )
    page = context.new_page()
    login(page, member)
    page.goto(f"{live_url}/accounts/settings/")
    expect(page.locator("#id_time_zone")).to_have_value("Asia/Bangkok")
    expect(page.locator("#tz-detected")).to_contain_text("Asia/Bangkok")
    expect(page.locator("#id_country")).to_have_value("TH")  # as the help page uses it
    page.click("main form.form button[type=submit]")
    member.refresh_from_db()
    assert (member.time_zone, member.country) == ("Asia/Bangkok", "TH")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    context.close()


def test_a_saved_time_zone_is_kept(browser, live_url: str, member, login) -> None:  # type: ignore[no-untyped-def]
    member.time_zone = "Europe/London"
    member.save()
    context = browser.new_context(timezone_id="Asia/Bangkok")
    page = context.new_page()
    login(page, member)
    page.goto(f"{live_url}/accounts/settings/")
    expect(page.locator("#id_time_zone")).to_have_value("Europe/London")
    expect(page.locator("#tz-detected")).to_be_hidden()
    context.close()
