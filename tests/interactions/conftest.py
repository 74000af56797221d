"""Fixtures for the interaction checker: a small fixture table and the drug library switched off."""

from __future__ import annotations

from pathlib import Path

import pytest

from kratomwise.interactions import Checker
from kratomwise.interactions.rules import default_rules
from kratomwise.interactions.table import Table, load_table

FIXTURE = Path(__file__).with_name("fixture_substances.yaml")


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests never import the 375 MB drug-name library unless a test asks for it."""
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


@pytest.fixture(scope="session")
def table() -> Table:
    return load_table(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def checker(table: Table) -> Checker:
    return Checker(table, default_rules())
