"""The check-ins CSV: date,withdrawal,craving,amount_taken,pause."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kratomwise.taper import CheckinError, parse_checkins_csv

HEADER = "date,withdrawal,craving,amount_taken,pause\n"


def test_parses_rows_with_empty_cells() -> None:
    rows = parse_checkins_csv(HEADER + "2026-01-02,12,4,7.5,\n2026-01-01,,,,yes\n")
    assert [r.day for r in rows] == [dt.date(2026, 1, 1), dt.date(2026, 1, 2)]
    first, second = rows
    assert first.pause and first.withdrawal is None and first.amount_taken is None
    assert (second.withdrawal, second.craving, second.amount_taken) == (12, 4, D("7.5"))
    assert not second.pause


def test_empty_file_and_blank_lines() -> None:
    assert parse_checkins_csv("") == []
    assert parse_checkins_csv(HEADER + "\n,,,,\n") == []


def test_later_row_wins_for_the_same_day() -> None:
    rows = parse_checkins_csv(HEADER + "2026-01-01,,,,yes\n2026-01-01,3,,,\n")
    assert len(rows) == 1 and not rows[0].pause and rows[0].withdrawal == 3


def test_bom_and_case() -> None:
    rows = parse_checkins_csv("\ufeff" + HEADER.upper() + "2026-01-01,,,,YES\n")
    assert rows[0].pause


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("2026-02-30,,,,\n", "line 2"),
        ("2026-01-01,abc,,,\n", "withdrawal"),
        ("2026-01-01,65,,,\n", "withdrawal"),
        ("2026-01-01,,11,,\n", "craving"),
        ("2026-01-01,,2.5,,\n", "craving"),
        ("2026-01-01,,,-1,\n", "amount_taken"),
        ("2026-01-01,,,lots,\n", "amount_taken"),
        ("2026-01-01,,,,maybe\n", "pause"),
        ("2026-01-01,,,\n", "columns"),
    ],
)
def test_bad_rows_name_the_problem(body: str, needle: str) -> None:
    with pytest.raises(CheckinError, match=needle):
        parse_checkins_csv(HEADER + body)


def test_header_is_required() -> None:
    with pytest.raises(CheckinError, match="header"):
        parse_checkins_csv("2026-01-01,1,2,3,yes\n")
