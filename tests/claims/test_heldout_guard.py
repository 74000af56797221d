"""No held-out sentence has a near copy in what the checker is tuned on (issue 13 item 2).

Held-out sentences: the ``heldout`` split of tests/data/claims_labelled.csv and every
tests/data/*/heldout.csv. Tuned-on text: the registry and the cue patterns, every tuning set
(the ``train`` split, tests/claims/data/*.csv, tests/data/*/tune.csv) and the string literals of
the unit tests. A near copy is a rapidfuzz ``fuzz.ratio`` of 75 or more. A failure names only
where the copy sits (file and row or line), never the held-out sentence: whoever tunes the
checker must not read held-out rows.
"""

from __future__ import annotations

import ast
import csv
from collections.abc import Iterator
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CLAIMS_DATA = ROOT / "src" / "kratomwise" / "claims" / "data"
NEAR = 75.0
MIN_CHARS = 20  # shorter strings (ids, words) are no copies of a sentence


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def heldout_sentences() -> list[str]:
    rows = [r["text"] for r in _csv_rows(DATA / "claims_labelled.csv") if r["split"] == "heldout"]
    for path in sorted(DATA.glob("*/heldout.csv")):
        rows += [r["text"] for r in _csv_rows(path)]
    return rows


def _yaml_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _yaml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _yaml_strings(item)


def tuned_on() -> list[tuple[str, str]]:
    """(where, text) for every piece of text the checker is written or tuned against."""
    out: list[tuple[str, str]] = []
    for path in sorted(CLAIMS_DATA.glob("*.yaml")):
        for n, text in enumerate(_yaml_strings(yaml.safe_load(path.read_text("utf-8")))):
            out.append((f"{path.name} string {n}", text))
    train = _csv_rows(DATA / "claims_labelled.csv")
    out += [(f"claims_labelled.csv {r['id']}", r["text"]) for r in train if r["split"] == "train"]
    tuning = sorted((ROOT / "tests" / "claims" / "data").glob("*.csv"))
    for path in [*tuning, *sorted(DATA.glob("*/tune.csv"))]:
        # row numbers as in the file: the header is row 1
        out += [(f"{path.name} row {n}", r["text"]) for n, r in enumerate(_csv_rows(path), 2)]
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for line in node.value.splitlines():
                    out.append((f"{path.relative_to(ROOT)} line {node.lineno}", line))
    return [(where, text) for where, text in out if len(text.strip()) >= MIN_CHARS]


def near_copies() -> list[str]:
    """Where a near copy of some held-out sentence sits (never which sentence)."""
    heldout = [utils.default_process(t) for t in heldout_sentences()]
    places = tuned_on()
    texts = [utils.default_process(t) for _, t in places]
    scores = process.cdist(texts, heldout, scorer=fuzz.ratio, score_cutoff=NEAR, workers=1)
    return sorted({places[i][0] for i, row in enumerate(scores) if row.max() >= NEAR})


def test_heldout_sets_are_read() -> None:
    assert len(heldout_sentences()) >= 148


def test_no_heldout_sentence_has_a_near_copy() -> None:
    found = near_copies()
    assert found == [], f"near copies of held-out sentences at: {', '.join(found)}"
