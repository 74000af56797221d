"""Every fact id the package mentions resolves to a fact in the evidence base."""

from __future__ import annotations

import re
from pathlib import Path

from kratomwise.knowledge import all_facts, has_fact

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kratomwise"
SKIP_SUFFIXES = {".js", ".png", ".svg", ".css", ".ico", ".mo", ".map", ".gz"}


def _prefixes() -> set[str]:
    return {fact.id.rsplit("-", 1)[0] for fact in all_facts()}


def test_every_fact_id_mentioned_in_the_package_exists() -> None:
    pattern = re.compile(
        r"\b("
        + "|".join(sorted(map(re.escape, _prefixes()), key=len, reverse=True))
        + r")-(\d{2})\b"
    )
    missing: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or path.suffix in SKIP_SUFFIXES or "legal_status" in path.name:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for prefix, number in pattern.findall(text):
            fact_id = f"{prefix}-{number}"
            if not has_fact(fact_id):
                missing.setdefault(str(path.relative_to(PACKAGE)), set()).add(fact_id)
    assert not missing, missing
