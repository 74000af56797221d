"""Journey at 375 px: a person logs kratom, then beer as "Other"; the journal keeps the beer and
warns about the combination. Without JavaScript, "beer" typed while Kratom is chosen is refused
with a clear message and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"
MISMATCH = "You typed “beer” here but chose Kratom above."


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))


def test_kratom_then_beer_as_other(page: Page, live_url: str, login, member) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.journal.models import Entry

    login(page, member)
    page.goto(f"{live_url}/journal/")
    other_name = page.locator("#id_other_name")
    expect(other_name).to_be_hidden()  # shown only for "Other"

    page.fill("#id_amount", "3")
    page.click("#entry-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Logged: 3 g leaf powder (kratom)")

    page.check("#entry-form input[name=kind][value=other]")
    expect(other_name).to_be_visible()
    other_name.fill("beer")
    page.fill("#id_amount", "500")
    page.select_option("#id_unit", "ml")
    page.select_option("#id_form", "other")
    page.click("#entry-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Logged: 500 ml beer")

    assert sorted(Entry.objects.filter(owner=member).values_list("substance", flat=True)) == [
        "beer",
        "kratom",
    ]
    recent = page.locator("section[aria-labelledby=recent-heading] .entry-list")
    expect(recent).to_contain_text("500 ml beer")
    signal = page.locator(".notice", has_text="Kratom and another substance on the same day")
    expect(signal).to_be_visible()
    expect(signal).to_contain_text("kratom with beer")
    expect(signal).to_contain_text("Warning")
    expect(page.locator("main")).not_to_contain_text("polydrug_day")
    expect(page.locator(".notice.danger[role=alert]")).to_contain_text("call your emergency number")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_without_javascript_a_mismatch_is_refused(  # type: ignore[no-untyped-def]
    browser: Browser, live_url: str, login, member
) -> None:
    from kratomwise.web.journal.models import Entry

    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 800}, locale="en-US"
    )
    page = context.new_page()
    try:
        login(page, member)
        page.goto(f"{live_url}/journal/")
        expect(page.locator("#id_other_name")).to_be_visible()  # no script: always shown
        expect(page.locator("#entry-form input[name=kind][value=kratom]")).to_be_checked()
        page.fill("#id_other_name", "beer")
        page.fill("#id_amount", "1")
        page.click("#entry-form button[type=submit]")
        error = page.locator("#id_other_name_error")
        expect(error).to_contain_text(MISMATCH)
        expect(page.locator("#id_other_name")).to_have_value("beer")  # what was typed is kept
        assert not Entry.all_objects.filter(owner=member).exists()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        context.close()


def test_import_error_page_fits_a_phone(page: Page, live_url: str, login, member) -> None:  # type: ignore[no-untyped-def]
    login(page, member)
    page.goto(f"{live_url}/journal/import/")
    page.set_input_files("#id_file", str(DATA / "journal_bad_row.csv"))
    page.click("main form button[type=submit]")
    expect(page.locator("#import-error")).to_contain_text("Nothing was imported")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
