"""Our own sentences (tests/claims/data/paraphrases.csv), written in words that differ from the
registry's patterns, keep the checker honest about generalising."""

from __future__ import annotations

import csv
from pathlib import Path

from kratomwise.claims import check_text

DATA = Path(__file__).parent / "data" / "paraphrases.csv"


def test_own_paraphrases_are_judged_well() -> None:
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 200
    report = check_text("\n".join(r["text"] for r in rows), lines=True)
    assert len(report.sentences) == len(rows)
    right = sum(
        s.verdict.value == r["verdict"] and s.disease_claim == (r["disease_claim"] == "true")
        for s, r in zip(report.sentences, rows, strict=True)
    )
    assert right / len(rows) >= 0.95
