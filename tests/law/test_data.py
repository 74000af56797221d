"""The packaged legal-status data: schema, ISO codes, sources, dates."""

from __future__ import annotations

import csv
import io

import pycountry

from kratomwise.knowledge.sources import is_commercial
from kratomwise.law import COLUMNS, Level, SevenOh, Status, check_csv, load, validate_csv
from kratomwise.law.loader import packaged_text
from tests.reference import reference_file


def test_packaged_file_validates() -> None:
    assert validate_csv(packaged_text()) == []


def test_packaged_file_is_a_byte_identical_copy_of_the_reference() -> None:
    from importlib import resources

    packaged = resources.files("kratomwise.law").joinpath("data/legal_status.csv").read_bytes()
    assert packaged == reference_file("legal_status.csv").read_bytes()


def test_header_is_the_documented_one() -> None:
    assert packaged_text().splitlines()[0].split(",") == list(COLUMNS)


def test_row_count_and_levels() -> None:
    rows = load().rows
    # Every data line became a row.
    records = list(csv.reader(io.StringIO(packaged_text(), newline="")))
    assert len(rows) == len(records) - 1  # minus the header
    states = {row.code for row in rows if row.level is Level.state}
    us_states = {
        sub.code
        for sub in pycountry.subdivisions.get(country_code="US")
        if sub.type in ("State", "District")
    }
    assert us_states <= states  # 50 states + DC
    assert sum(row.level is Level.country for row in rows) >= 46  # US federal + 45 countries
    assert sum(row.level in (Level.county, Level.city) for row in rows) >= 32


def test_codes_unique() -> None:
    codes = [row.code for row in load().rows]
    assert len(codes) == len(set(codes))


def test_country_and_subdivision_codes_are_iso() -> None:
    for row in load().rows:
        base = row.code.split(":")[0]
        assert pycountry.countries.get(alpha_2=base[:2]) is not None, row.code
        if "-" in base:
            assert pycountry.subdivisions.get(code=base) is not None, row.code


def test_every_row_has_source_and_as_of() -> None:
    for row in load().rows:
        assert row.source_urls, row.code
        assert row.as_of.text, row.code
        assert all(url.startswith(("http://", "https://")) for url in row.source_urls)


def test_statuses_are_closed_lists() -> None:
    for row in load().rows:
        assert row.kratom_status in set(Status)
        assert row.seven_oh_raw in set(SevenOh)
        assert row.seven_oh_status is not None
        assert row.seven_oh_status.value != "same"


def test_seller_sources_are_never_public() -> None:
    rows = load().rows
    assert any(row.has_seller_source for row in rows)
    for row in rows:
        assert not any(is_commercial(url) for url in row.public_sources)


def test_seller_only_rows_are_read_as_unverified() -> None:
    checked = check_csv(packaged_text())
    for row in checked.rows:
        if row.source_urls and not row.public_sources:
            assert row.confidence.value == "unverified", row.code
    san_diego = load().get("US-CA:san-diego")
    assert san_diego is not None and san_diego.confidence.value == "unverified"
    assert any("US-CA:san-diego" in warning for warning in checked.warnings)


def test_multi_url_cells_are_split() -> None:
    us = load().get("US")
    assert us is not None and len(us.source_urls) > 5
    assert all(" " not in url for url in us.source_urls)


def test_newest_as_of() -> None:
    assert load().newest_as_of.text == "2026-10-10"
