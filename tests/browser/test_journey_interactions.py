"""Journey (issue 12): a person with alcohol in their journal looks up grapefruit juice at 375 px.

The headline is grapefruit juice's own severity; the alcohol combination from the journal is in
its own labelled section and does not change the headline.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


def test_grapefruit_headline_is_its_own_with_journal_alcohol_apart(
    page: Page, live_url: str, login: object, member: object
) -> None:
    from kratomwise.web.journal.models import Entry

    Entry.objects.create(owner=member, substance="alcohol", amount=Decimal("2"), unit="g")
    login(page, member)  # type: ignore[operator]
    page.goto(f"{live_url}/interactions/")
    page.fill("#names", "grapefruit juice")
    page.click("form.ixn-form button[type=submit]")

    headline = page.locator(".ixn-report .ixn-overall .badge")
    expect(headline).to_have_text("Unsafe")
    expect(page.locator(".ixn-report .ixn-results")).to_contain_text("kratom + grapefruit juice")
    expect(page.locator(".ixn-report")).not_to_contain_text("alcohol")
    expect(page.locator("#overdose")).to_have_count(0)

    personal = page.locator(".ixn-personal")
    expect(personal.locator("#personal-heading")).to_have_text(
        "With your medicines list and journal"
    )
    expect(personal).to_contain_text("from your journal")
    first = personal.locator(".ixn-personal-results li").first
    expect(first).to_contain_text("kratom + alcohol")
    expect(first.locator(".badge")).to_have_text("Dangerous")
    expect(personal.locator("#personal-overdose")).to_contain_text("Signs of an overdose")

    report_box = page.locator(".ixn-report").bounding_box()
    personal_box = personal.bounding_box()
    assert report_box and personal_box and report_box["y"] < personal_box["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
