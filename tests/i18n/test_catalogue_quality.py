"""The shipped catalogues: complete, and every translation keeps the source's placeholders,
HTML tags, numbers and fact ids. Completeness fails until the translators' work is merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from kratomwise.i18n import TRANSLATED
from kratomwise.i18n.catalogues import DOMAINS, SOURCE_DIR
from tests.i18n import po_checks

CATALOGUES = [SOURCE_DIR / lang / "LC_MESSAGES" / f"{d}.po" for lang in TRANSLATED for d in DOMAINS]


def _id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.stem}"


def test_every_language_has_both_catalogues() -> None:
    assert [p for p in CATALOGUES if not p.exists()] == []


@pytest.mark.parametrize("path", CATALOGUES, ids=_id)
def test_catalogue_is_complete(path: Path) -> None:
    loaded = po_checks.load(path)
    problems = list(po_checks.incomplete(loaded))
    assert not problems, f"{len(problems)} of {len(loaded.entries)} entries: {problems[:5]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=_id)
def test_translations_keep_placeholders(path: Path) -> None:
    entries = po_checks.load(path).entries
    assert list(po_checks.placeholder_mismatches(entries)) == []


@pytest.mark.parametrize("path", CATALOGUES, ids=_id)
def test_translations_keep_html_tags(path: Path) -> None:
    entries = po_checks.load(path).entries
    assert list(po_checks.tag_mismatches(entries)) == []


@pytest.mark.parametrize("path", CATALOGUES, ids=_id)
def test_translations_keep_numbers_and_fact_ids(path: Path) -> None:
    entries = po_checks.load(path).entries
    assert list(po_checks.lost_numbers_or_facts(entries)) == []
