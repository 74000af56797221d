"""Journey (issue 12, 5): a person plans 8 capsules at 10 % every 7 days on a phone.

Rounded to whole capsules the plan really cuts 12.5 % … 100 % a week: the warning naming those
steps is visible, and the plan ends with the tolerance/naloxone warning and the treatment
hand-off.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_eight_capsules_at_ten_percent(page: Page, live_url: str, login, owner) -> None:  # type: ignore[no-untyped-def]
    login(page, owner)
    page.goto(f"{live_url}/taper/")
    page.fill("#id_amount", "8")
    page.select_option("#id_unit", "capsule")
    page.fill("#id_percent", "10")
    page.fill("#id_every_days", "7")
    page.click("main form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/taper/$"))
    expect(page.locator("[data-testid=target]")).to_have_text("8 capsules")

    warning = page.locator(".notice[data-code=fast_taper]")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("8 of your steps cut faster than 10 % a week")
    expect(warning).to_contain_text("8 capsules to 7 capsules (12.5 % a week)")
    expect(warning).to_contain_text("2 capsules to 1 capsule (50 % a week)")
    expect(warning).to_contain_text("1 capsule to none, stopping at once")
    expect(page.locator("[data-testid=rate]")).to_contain_text(
        "about 10 % a month or slower after a year or more of daily use"
    )

    ending = page.locator("[data-testid=plan-ending]")
    ending.scroll_into_view_if_needed()
    expect(ending).to_be_visible()
    expect(ending.locator("[data-code=overdose_risk]")).to_contain_text(
        "Your tolerance falls as you cut down"
    )
    expect(ending.locator("[data-code=overdose_risk]")).to_contain_text("naloxone")
    handoff = ending.locator("[data-code=treatment_handoff]")
    expect(handoff).to_contain_text("buprenorphine")
    expect(
        handoff.get_by_role("link", name="Find treatment services and helplines")
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert "capsules capsules" not in page.locator("main").inner_text()
