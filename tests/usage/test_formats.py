"""CSV, kratomwise JSON and PsychonautWiki import: all or nothing, precise errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kratomwise.usage import FormatError, format_csv, format_json, parse_csv, read_entries
from kratomwise.usage.psychonautwiki import map_unit, parse

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "taken_at,substance,form,amount,unit,craving,mood,note\n"


def test_sample_csv_parses() -> None:
    entries = parse_csv((DATA / "journal_sample.csv").read_text())
    assert len(entries) == 6
    first = entries[0]
    assert first.taken_at == dt.datetime(2026, 5, 1, 6, 0, tzinfo=dt.UTC)
    assert first.taken_at.utcoffset() == dt.timedelta(hours=2)
    assert (
        first.substance,
        first.form,
        first.amount,
        first.unit,
        first.craving,
        first.mood,
        first.note,
    ) == ("kratom", "leaf_powder", 3.0, "g", 4, 6, "morning")
    assert entries[4].note == 'tea, "strong"'
    assert entries[5].substance == "seven_oh"


def test_csv_round_trip_is_exact() -> None:
    entries = parse_csv((DATA / "journal_sample.csv").read_text())
    text = format_csv(entries)
    assert text.startswith(HEADER)
    again = parse_csv(text)
    assert again == sorted(entries, key=lambda e: e.taken_at)
    assert format_csv(again) == text


def test_json_round_trip_is_exact() -> None:
    entries = parse_csv((DATA / "journal_sample.csv").read_text())
    kind, again = read_entries(format_json(entries))
    assert kind == "json"
    assert again == sorted(entries, key=lambda e: e.taken_at)


def test_bad_row_names_row_and_column() -> None:
    with pytest.raises(FormatError) as err:
        parse_csv((DATA / "journal_bad_row.csv").read_text())
    assert (err.value.row, err.value.column) == (4, "amount")
    assert str(err.value).startswith("row 4, column amount: 'lots' is not a number")


@pytest.mark.parametrize(
    ("row", "column", "needle"),
    [
        ("2026-05-01T08:00:00,kratom,leaf_powder,3,g,,,", "taken_at", "no time-zone offset"),
        ("yesterday,kratom,leaf_powder,3,g,,,", "taken_at", "not an ISO 8601"),
        ("2026-05-01T08:00:00Z,,leaf_powder,3,g,,,", "substance", "empty"),
        ("2026-05-01T08:00:00Z,kratom,powder,3,g,,,", "form", "not one of"),
        ("2026-05-01T08:00:00Z,kratom,leaf_powder,0,g,,,", "amount", "greater than 0"),
        ("2026-05-01T08:00:00Z,kratom,leaf_powder,nan,g,,,", "amount", "greater than 0"),
        ("2026-05-01T08:00:00Z,kratom,leaf_powder,3,kg,,,", "unit", "not one of"),
        ("2026-05-01T08:00:00Z,kratom,leaf_powder,3,g,11,,", "craving", "0 to 10"),
        ("2026-05-01T08:00:00Z,kratom,leaf_powder,3,g,,5.5,", "mood", "whole number"),
    ],
)
def test_each_column_is_validated(row: str, column: str, needle: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_csv(HEADER + row + "\n")
    assert (err.value.row, err.value.column) == (2, column)
    assert needle in err.value.reason


def test_wrong_field_count_and_header_errors() -> None:
    with pytest.raises(FormatError, match="row 2: expected 8 fields, found 3"):
        parse_csv(HEADER + "a,b,c\n")
    with pytest.raises(FormatError, match="row 1: missing column"):
        parse_csv("taken_at,amount\n")
    with pytest.raises(FormatError, match="row 1: unexpected"):
        parse_csv(HEADER.strip() + ",extra\n")
    with pytest.raises(FormatError, match="empty"):
        parse_csv("")


def test_header_order_bom_and_blank_lines_are_tolerated() -> None:
    text = (
        "\ufeffnote,mood,craving,unit,amount,form,substance,taken_at\n"
        "\nhi,,,g,2,tea,Kratom,2026-05-01T08:00:00Z\n"
    )
    (entry,) = parse_csv(text)
    assert (entry.substance, entry.form, entry.note) == ("kratom", "tea", "hi")


def test_json_errors_name_the_entry_and_field() -> None:
    data = {
        "format": "kratomwise-journal",
        "version": 1,
        "entries": [
            {
                "taken_at": "2026-05-01T08:00:00Z",
                "substance": "kratom",
                "form": "tea",
                "amount": 2,
                "unit": "g",
            },
            {
                "taken_at": "2026-05-01T09:00:00Z",
                "substance": "kratom",
                "form": "tea",
                "amount": -1,
                "unit": "g",
            },
        ],
    }
    with pytest.raises(FormatError, match="entry 2, field amount"):
        read_entries(json.dumps(data))
    with pytest.raises(FormatError, match="not valid JSON"):
        read_entries("{nope")
    with pytest.raises(FormatError, match="not recognised"):
        read_entries('{"hello": 1}')


def test_psychonautwiki_fixture_maps_units_and_substances() -> None:
    kind, entries = read_entries(
        (DATA / "psychonautwiki_journal_export.json").read_text(), ZoneInfo("Europe/Berlin")
    )
    assert kind == "psychonautwiki"
    summary = [(e.substance, e.form, e.amount, e.unit) for e in entries]
    assert summary == [
        ("kratom", "leaf_powder", 3.0, "g"),
        ("kratom", "capsules", 2.0, "g"),  # 4 custom "Capsule" units of 0.5 g
        ("caffeine", "other", 100.0, "mg"),
        ("kratom", "leaf_powder", 2.5, "g"),
        ("alcohol", "other", 20.0, "ml"),  # "mL EtOH"; Sam's drink is left out
        ("seven_oh", "seven_oh_product", 15.0, "mg"),  # 15000 µg
    ]
    assert entries[0].taken_at.isoformat() == "2026-05-01T10:00:00+02:00"
    assert entries[0].note == "with breakfast"


def test_psychonautwiki_errors_are_precise() -> None:
    data = json.loads((DATA / "psychonautwiki_journal_export.json").read_text())
    data["experiences"][1]["ingestions"][0]["dose"] = None
    with pytest.raises(FormatError) as err:
        parse(data)
    assert err.value.row == 4 and err.value.column == "dose"
    assert "Evening with a friend" in str(err.value)
    data = json.loads((DATA / "psychonautwiki_journal_export.json").read_text())
    data["experiences"][0]["ingestions"][2]["units"] = "drops"
    with pytest.raises(
        FormatError, match="ingestion 3, field units: unit 'drops' cannot be mapped"
    ):
        parse(data)
    data = json.loads((DATA / "psychonautwiki_journal_export.json").read_text())
    data["experiences"][0]["ingestions"][1]["customUnitId"] = 99
    with pytest.raises(FormatError, match="custom unit 99"):
        parse(data)
    with pytest.raises(FormatError, match="not a PsychonautWiki"):
        parse({"nope": []})


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        ("g", ("g", 1.0)),
        ("mg THC", ("mg", 1.0)),
        ("µg", ("mg", 0.001)),
        ("mL EtOH", ("ml", 1.0)),
        ("pills", ("tablet", 1.0)),
        ("capsules", ("capsule", 1.0)),
        ("puffs", None),
        ("", None),
    ],
)
def test_unit_mapping(units: str, expected: tuple[str, float] | None) -> None:
    assert map_unit(units) == expected


@pytest.mark.parametrize("amount", ["0.00001", "2000000"])
def test_amounts_outside_the_stored_range_are_rejected(amount: str) -> None:
    with pytest.raises(FormatError, match=r"row 2, column amount: .* must be between"):
        parse_csv(HEADER + f"2026-05-01T08:00:00Z,kratom,leaf_powder,{amount},g,,,\n")
