"""Journal on a 375 px phone: log three entries, repeat last, see chart and signal; a bad import
shows the row and reason and adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))


def _log(page: Page, amount: str, unit: str = "g") -> None:
    page.fill("#id_amount", amount)
    page.select_option("#id_unit", unit)
    page.click("#entry-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Logged")


def test_log_repeat_chart_signal_and_bad_import(page: Page, live_url: str, login, member) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.journal.models import Entry

    login(page, member)
    page.goto(f"{live_url}/journal/")
    expect(page.locator("h1")).to_have_text("Journal")
    _log(page, "3")
    _log(page, "2.5")
    page.click("details summary")
    page.fill("#id_note_text", "after lunch")
    page.fill("#id_craving", "4")
    _log(page, "2")
    assert Entry.objects.filter(owner=member).count() == 3

    repeat = page.locator("#repeat-last")
    expect(repeat).to_contain_text("2 g leaf powder")
    box = repeat.bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 300  # big touch target
    repeat.click()
    expect(page.locator(".messages")).to_contain_text("Logged again")
    assert Entry.objects.filter(owner=member).count() == 4

    expect(page.locator("svg.chart").first).to_be_visible()
    expect(page.locator("figure figcaption").first).to_contain_text("Leaf grams")
    signal = page.locator(".notice", has_text="Three or more uses in a day")
    expect(signal).to_be_visible()
    expect(signal).to_contain_text("4 times")
    expect(signal.locator("a[href='/evidence/DEP-03/']")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.goto(f"{live_url}/journal/import/")
    page.set_input_files("#id_file", str(DATA / "journal_bad_row.csv"))
    page.click("main form button[type=submit]")
    error = page.locator("#import-error")
    expect(error).to_contain_text("Nothing was imported")
    expect(error).to_contain_text("row 4, column amount")
    assert Entry.objects.filter(owner=member).count() == 4
