"""CSV exports neutralise spreadsheet formulas, and the journal import reads them back exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from kratomwise import csvsafe, usage


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("'quoted", "''quoted"),
        ("plain", "plain"),
        ("2026-11-02T08:30:00-05:00", "2026-11-02T08:30:00-05:00"),
        ("", ""),
    ],
)
def test_safe_cell(cell: str, written: str) -> None:
    assert csvsafe.safe_cell(cell) == written
    assert csvsafe.read_cell(written) == cell


def test_journal_export_is_safe_and_round_trips() -> None:
    when = dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    entries = [
        usage.Entry(when, "=cmd|'/c calc'!a1", "other", 1.0, "g", None, None, "-felt ok"),
        usage.Entry(when, "kratom", "leaf_powder", 2.5, "g", 3, 4, "'quoted' @home"),
        usage.Entry(when, "kratom", "leaf_powder", 2.0, "g", None, None, "+1 dose"),
    ]
    text = usage.format_csv(entries)
    lines = text.splitlines()
    assert lines[1] == "2026-11-02T08:30:00-05:00,'=cmd|'/c calc'!a1,other,1,g,,,'-felt ok"
    assert lines[2].endswith(",''quoted' @home")
    assert lines[3].endswith(",'+1 dose")
    assert usage.parse_csv(text) == sorted(entries, key=lambda e: e.taken_at)
