"""Crisis and care resources: packaged copy, validation, lookups and fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kratomwise.knowledge import resources as res
from kratomwise.knowledge.sources import is_commercial
from tests.reference import reference_file


def test_packaged_csv_is_valid() -> None:
    assert res.validate_resources(res.resources_text()) == []


def test_packaged_csv_is_a_byte_identical_copy_of_the_reference() -> None:
    packaged = Path(res.__file__).parent / "data" / "crisis_resources.csv"
    assert packaged.read_bytes() == reference_file("crisis_resources.csv").read_bytes()


def test_every_row_has_iso_code_kind_source_and_as_of() -> None:
    rows = res.all_resources()
    assert len(rows) > 100
    for r in rows:
        assert r.country_code == "ZZ" or len(r.country_code) == 2
        assert r.kind in res.KINDS
        assert r.sources and all(s.startswith("http") for s in r.sources)
        assert len(r.as_of) in (7, 10)


def _csv(*rows: str) -> str:
    header = ",".join(res.COLUMNS)
    fallback = "ZZ,International,emergency,112,112,,,,,,https://example.org/src,2026-11"
    return "\n".join([header, fallback, *rows]) + "\n"


@pytest.mark.parametrize(
    ("row", "field", "problem"),
    [
        ("XX,Nowhere,emergency,X,1,,,,,,https://a.org,2026-11", "country_code", "ISO 3166"),
        ("US,United States,hotline,X,1,,,,,,https://a.org,2026-11", "kind", "'hotline' is not"),
        ("US,United States,emergency,X,1,,,,,,,2026-11", "source_url", "no source"),
        ("US,United States,emergency,X,1,,,,,,https://a.org,", "as_of", "pattern"),
        ("US,United States,emergency,X,1,,,,,,https://a.org,Nov 2026", "as_of", "'Nov 2026'"),
        ("US,United States,emergency,,1,,,,,,https://a.org,2026-11", "name", "at least 1"),
        ("US,United States,emergency,X,call me,,,,,,https://a.org,2026-11", "phone", "digits"),
        ("US,United States,emergency,X,1,,,,,,not-a-url,2026-11", "source_url", "not a URL"),
    ],
)
def test_validation_catches(row: str, field: str, problem: str) -> None:
    problems = res.validate_resources(_csv(row))
    assert len(problems) == 1
    assert problems[0].startswith("crisis_resources.csv line 3 (")
    assert f"): {field}: " in problems[0] and problem in problems[0]


def test_validation_wants_the_header_and_a_fallback() -> None:
    assert res.validate_resources("a,b\n1,2\n")
    header = ",".join(res.COLUMNS)
    row = "US,United States,emergency,X,911,,,,,,https://a.org,2026-11"
    assert any("ZZ" in p for p in res.validate_resources(f"{header}\n{row}\n"))
    assert res.validate_resources(_csv(row)) == []


def test_seller_url_flagged_and_never_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(res, "is_commercial", lambda url: "seller.example" in url)
    row = "US,United States,naloxone_access,X,,,https://seller.example/x,,,,https://a.org,2026-11"
    assert any("seller" in p for p in res.validate_resources(_csv(row)))
    assert all(not is_commercial(r.url) for r in res.all_resources() if r.url)


def test_country_lookup_puts_emergency_and_poison_first() -> None:
    us = res.for_country("US")
    assert [r.kind for r in us[:2]] == ["emergency", "poison_control"]
    assert us[0].phone == "911"
    assert res.for_country("us") == us
    gb = res.emergency_lines("GB")
    assert [r.phone for r in gb] == ["999", "111"]


def test_by_kind_and_fallback() -> None:
    assert [r.phone for r in res.by_kind("US", "suicide_crisis")] == ["988"]
    assert res.by_kind("AE", "suicide_crisis")[0].country_code == "ZZ"
    assert res.by_kind(None, "emergency")[0].phone == "112"
    with pytest.raises(res.ResourceError):
        res.by_kind("US", "shop")


def test_unknown_or_missing_country_falls_back_to_international() -> None:
    assert [r.country_code for r in res.for_country(None)] == ["ZZ", "ZZ"]
    assert res.for_country("") == res.international()
    assert res.for_country("IS") == res.international()  # valid, no rows
    assert res.emergency_lines("IS")[0].phone == "112"
    with pytest.raises(res.ResourceError):
        res.for_country("XX")


def test_country_without_crisis_line_gets_the_directory() -> None:
    ae = res.for_country("AE")
    assert any(r.country_code == "ZZ" and r.kind == "suicide_crisis" for r in ae)
    assert res.crisis_lines("US")[0].phone == "988"


def test_cleaning() -> None:
    for r in res.all_resources():
        for value in (r.name, r.phone, r.url, r.notes):
            assert value is None or value == value.strip()
    befrienders = next(r for r in res.all_resources() if r.name == "Befrienders Kuala Lumpur")
    assert befrienders.phone is None and befrienders.tel is None
    assert res.for_country("US")[0].tel == "911"


def test_countries_and_names() -> None:
    codes = [c for c, _ in res.countries()]
    assert "US" in codes and "ZZ" not in codes and len(codes) == len(set(codes))
    assert res.country_name("GB") == "United Kingdom"
    assert res.country_name(None) == "International"
    assert res.has_country("us") and not res.has_country("IS")
