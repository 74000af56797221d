"""The labelled corpus of real kratom pages (tests/data/claims_real): pages, passages, and
gold rows lined up with the checker's sentences. Shared by benchmarks/claims.py and the
second-look experiment (benchmarks/learned.py, benchmarks/second_look.py)."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from kratomwise.claims import Judgement, SentenceResult, check_text
from kratomwise.claims.checker import about_kratom
from kratomwise.claims.inputs import parse

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "claims_real"
# a row covering several checker sentences takes the worst of them (the clause rule)
SEVERITY = {"not_a_claim": 0, "supported": 1, "unsupported": 2, "contradicted": 3}


def load_real(split: str, data: Path) -> dict[str, list[dict[str, str]]]:
    """The split's rows grouped by page, each page's rows in ``seq`` order."""
    with (data / f"{split}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pages: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        pages.setdefault(row["page"], []).append(row)
    for page_rows in pages.values():
        page_rows.sort(key=lambda r: int(r["seq"]))
    return pages


def passage(page_rows: list[dict[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The page's passage (one gold sentence a line) and each row's character span in it."""
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    at = 0
    for row in page_rows:
        text = " ".join(row["text"].split())
        spans.append((at, at + len(text)))
        parts.append(text)
        at += len(text) + 1
    return "\n".join(parts), spans


def _placed(text: str, report) -> list[tuple[int, int, SentenceResult]]:  # type: ignore[no-untyped-def]
    """Each checker sentence with its character span in the passage."""
    placed: list[tuple[int, int, SentenceResult]] = []
    cursor = 0
    flat = " ".join(text.split("\n"))  # the checker joins a paragraph's lines with a space
    for sentence in report.sentences:
        found = flat.find(sentence.text, cursor)
        if found < 0:
            found = flat.find(sentence.text)
        if found < 0:
            continue
        placed.append((found, found + len(sentence.text), sentence))
        cursor = found + len(sentence.text)
    return placed


def align(text: str, spans: list[tuple[int, int]], report) -> list[tuple[str, bool, object]]:  # type: ignore[no-untyped-def]
    """Each gold span's (verdict, disease flag, claim id) from the checker sentences it overlaps."""
    placed = _placed(text, report)
    out: list[tuple[str, bool, object]] = []
    for start, end in spans:
        hits = [s for a, b, s in placed if a < end and b > start]
        if not hits:
            out.append(("not_a_claim", False, None))
            continue
        worst = max(hits, key=lambda s: SEVERITY[s.verdict.value])
        out.append((worst.verdict.value, any(s.disease_claim for s in hits), worst.claim_id))
    return out


def site_fold(site: str, folds: int) -> int:
    """The cross-validation fold of a site: a hash salted apart from the tune/held-out rule."""
    return int(hashlib.sha256(f"cv:{site}".encode()).hexdigest(), 16) % folds


def page_sites(data: Path) -> dict[str, str]:
    with (data / "pages.csv").open(encoding="utf-8", newline="") as handle:
        return {row["page"]: row["site"] for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class Sentence:
    """A checker sentence of a gold passage, as the rules alone judged it."""

    text: str
    rules: Judgement
    block: str
    about_kratom: bool
    rows: tuple[str, ...]  # ids of the gold rows it overlaps
    verdict: str  # gold: the worst verdict of those rows
    disease: bool  # gold: any of them is a disease claim


def sentences(page_rows: list[dict[str, str]]) -> list[Sentence]:
    """The checker sentences of the page's passage, each with
    the gold labels of the rows it overlaps."""
    text, spans = passage(page_rows)
    report = check_text(text)
    context = about_kratom(parse(text))
    kinds = {i: block.kind for block in report.blocks for i in block.sentence_indices}
    out: list[Sentence] = []
    for start, end, s in _placed(text, report):
        rows = [r for r, (a, b) in zip(page_rows, spans, strict=True) if a < end and b > start]
        if not rows:
            continue
        out.append(
            Sentence(
                s.text,
                _rules(s),
                kinds[s.index],
                context,
                tuple(r["id"] for r in rows),
                max((r["verdict"] for r in rows), key=SEVERITY.__getitem__),
                any(r["disease_claim"] == "true" for r in rows),
            )
        )
    return out


def _rules(s: SentenceResult) -> Judgement:
    """The rules' judgement of a checked sentence, as the engine gave it."""
    return Judgement(
        s.verdict, s.disease_claim, s.fact_ids, s.reason, s.span, s.claim_id, s.numbers_mismatch
    )


SYNTHETIC = (
    ROOT / "tests" / "data" / "claims_labelled.csv",
    ROOT / "tests" / "claims" / "data" / "paraphrases.csv",
)


def synthetic() -> list[Sentence]:
    """The team's own tuning sentences (the train split of claims_labelled.csv and the
    paraphrases), one a line as ``--lines`` reads them, judged by the rules alone."""
    rows: list[dict[str, str]] = []
    for path in SYNTHETIC:
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [r for r in csv.DictReader(handle) if r.get("split", "train") == "train"]
    report = check_text("\n".join(r["text"] for r in rows), lines=True)
    kinds = {i: block.kind for block in report.blocks for i in block.sentence_indices}
    return [
        Sentence(
            s.text,
            _rules(s),
            kinds[s.index],
            True,
            (),
            r["verdict"],
            r["disease_claim"] == "true",
        )
        for s, r in zip(report.sentences, rows, strict=True)
    ]
