"""validate_csv: every check the maintainer command relies on."""

from __future__ import annotations

import pytest

from kratomwise.law import COLUMNS, check_csv, validate_csv
from kratomwise.law.summaries import Summary, cell_sha1

HEADER = ",".join(COLUMNS)
GOOD = {
    "jurisdiction_code": "US-TX",
    "jurisdiction_name": "Texas",
    "level": "state",
    "kratom_status": "regulated",
    "seven_oh_status": "restricted",
    "min_age": "18",
    "requirements": "Age limit and labels.",
    "law_reference": "Some act",
    "effective_date": "2023-09-01",
    "as_of": "2025",
    "confidence": "high",
    "source_url": "https://example.org/a ; https://example.org/b",
}

# Our own-words summary of GOOD's requirements cell, current for that cell.
SUMMARIES = {
    "US-TX": Summary(
        "You must be 18 or older, and labels are regulated.", cell_sha1(GOOD["requirements"])
    )
}


def make(*changes: dict[str, str]) -> str:
    lines = [HEADER]
    for change in changes or ({},):
        row = {**GOOD, **change}
        lines.append(",".join(f'"{row[column]}"' for column in COLUMNS))
    return "\n".join(lines) + "\n"


def test_good_file_has_no_errors() -> None:
    assert validate_csv(make(), SUMMARIES) == []


def test_cleaning_whitespace_case_bom_and_crlf() -> None:
    text = "\ufeff" + make({"jurisdiction_code": " us-tx ", "kratom_status": " Regulated "})
    checked = check_csv(text.replace("\n", "\r\n"), SUMMARIES)
    assert checked.errors == ()
    assert checked.rows[0].code == "US-TX"
    assert checked.rows[0].kratom_status.value == "regulated"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"kratom_status": "allowed"}, "kratom_status: "),
        ({"seven_oh_status": "legal"}, "seven_oh_status: "),
        ({"confidence": "sure"}, "confidence: "),
        ({"level": "province"}, "level: "),
        ({"jurisdiction_code": "XX"}, "ISO 3166-1"),
        ({"jurisdiction_code": "US-ZZ"}, "ISO 3166-2"),
        ({"jurisdiction_code": "US-TX", "level": "city"}, "shape does not fit"),
        ({"jurisdiction_code": "US-CO:denver", "level": "state"}, "shape does not fit"),
        ({"jurisdiction_code": "US-CO:Bad Slug!", "level": "city"}, "slug"),
        ({"jurisdiction_name": ""}, "jurisdiction_name: "),
        ({"as_of": ""}, "as_of: is empty"),
        ({"as_of": "last year"}, "as_of: 'last year' is not"),
        ({"effective_date": "2023-13-01"}, "effective_date: '2023-13-01'"),
        ({"min_age": "eighteen"}, "min_age: "),
        ({"min_age": "150"}, "min_age: Input should be less than or equal to 99"),
        ({"source_url": ""}, "source_url: is empty"),
        ({"source_url": "example.org/page"}, "not an http(s) URL"),
        ({"source_url": "https://a.org/x;https://b.org/y"}, "not an http(s) URL"),
    ],
)
def test_each_bad_cell_is_reported(change: dict[str, str], fragment: str) -> None:
    errors = validate_csv(make(change))
    assert errors, change
    assert any(fragment in error for error in errors), errors
    assert all(error.startswith("legal_status.csv line 2 (") for error in errors)


def test_duplicate_codes() -> None:
    errors = validate_csv(make({}, {"jurisdiction_code": "us-tx"}))
    assert any("duplicate code" in error and "line 2" in error for error in errors)


def test_errors_name_the_file_given() -> None:
    errors = validate_csv(make({"kratom_status": "allowed"}), SUMMARIES, source="new.csv")
    assert errors == [
        "new.csv line 2 (US-TX): kratom_status: Input should be 'legal', 'regulated', "
        "'restricted', 'banned' or 'unclear' (got 'allowed')"
    ]


def test_header_problems() -> None:
    assert validate_csv("") == ["legal_status.csv: the file is empty (no header line)"]
    errors = validate_csv(HEADER.replace(",as_of", ",asof") + "\n")
    assert any("missing column(s): as_of" in error for error in errors)
    assert any("unknown column(s): asof" in error for error in errors)
    assert validate_csv(HEADER + "\n") == ["legal_status.csv: the file has a header but no rows"]


def test_several_errors_each_on_its_own_line() -> None:
    errors = validate_csv(make({"kratom_status": "x"}, {"jurisdiction_code": "TH", "as_of": ""}))
    assert len(errors) >= 2
    assert all("\n" not in error for error in errors)


def test_seller_only_sources_are_a_warning_and_read_unverified() -> None:
    text = make({"source_url": "https://getkratom.com/x", "confidence": "high"})
    checked = check_csv(text, SUMMARIES)
    assert checked.errors == ()
    assert checked.rows[0].confidence.value == "unverified"
    assert checked.rows[0].public_sources == ()
    assert checked.warnings
