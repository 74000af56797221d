"""Staleness: 12 months from the as-of date, or unverified confidence."""

from __future__ import annotations

from datetime import date

from kratomwise.law import CHECK_CURRENT_LAW, PartialDate, lookup
from kratomwise.law.staleness import add_months, is_old


def test_twelve_month_boundary() -> None:
    as_of = PartialDate.parse("2023-12-22")
    assert not is_old(as_of, date(2024, 12, 22))
    assert is_old(as_of, date(2024, 12, 23))


def test_partial_dates_count_from_their_first_day() -> None:
    assert not is_old(PartialDate.parse("2025"), date(2026, 1, 1))
    assert is_old(PartialDate.parse("2025"), date(2026, 1, 2))
    assert is_old(PartialDate.parse("2025-11"), date(2026, 11, 2))


def test_add_months_end_of_february() -> None:
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_thailand_fresh_then_stale_with_today() -> None:
    fresh = lookup("Thailand", today=date(2024, 6, 1))
    assert not fresh.stale
    assert CHECK_CURRENT_LAW not in fresh.all_notes
    stale = lookup("Thailand", today=date(2025, 1, 1))
    assert stale.stale
    assert stale.all_notes[-1] == CHECK_CURRENT_LAW
    assert stale.as_dict()["stale"] is True


def test_unverified_is_stale_even_when_recent() -> None:
    # Montana: as of 2026-01-14, unverified.
    assert lookup("US-MT", today=date(2026, 2, 1)).stale


def test_any_stale_layer_makes_the_answer_stale() -> None:
    # Kansas is fresh in late 2026; the federal layer is fresh too.
    assert not lookup("Kansas", today=date(2026, 11, 25)).stale
    # A year later both are old.
    assert lookup("Kansas", today=date(2027, 11, 25)).stale
