#!/usr/bin/env python3
"""Refresh the packaged reference facts from the shared evidence table.

Maintainer command (stdlib + PyYAML only). It reads the facts table of
``../shared/reference/evidence.md`` (or the path given as the first argument) and writes
``src/kratomwise/knowledge/data/facts/reference.yaml``:

- ids already in the YAML keep their own-words ``statement``; topic, evidence type, sources and
  as-of date are refreshed from the reference;
- new ids get ``statement: "TODO: write in own words: <original>"``; they are printed and the
  command exits 1 so that a maintainer rewrites them;
- ids that left the reference are dropped from the YAML and reported (exit 1 as well).

Usage: python scripts/refresh_facts.py [EVIDENCE_MD] [--output PATH] [--as-of YYYY-MM-DD] [--check]
Exit codes: 0 up to date, 1 needs a maintainer (new/removed ids, or --check found changes),
2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference" / "evidence.md"
DEFAULT_OUTPUT = REPO / "src" / "kratomwise" / "knowledge" / "data" / "facts" / "reference.yaml"
# The reference covers sources through early July 2026.
DEFAULT_AS_OF = dt.date(2026, 7, 1)
TODO_PREFIX = "TODO: write in own words: "

# Reference evidence-type wording -> closed ids of kratomwise.knowledge.EVIDENCE_TYPES.
EVIDENCE_TYPE_IDS = {
    "rct": "rct",
    "systematic review": "systematic_review",
    "cohort": "cohort",
    "cross-sectional survey": "cross_sectional_survey",
    "case series": "case_series",
    "case report": "case_report",
    "animal": "animal",
    "in vitro": "in_vitro",
    "regulatory": "regulatory",
    "surveillance": "surveillance",
}
COLUMNS = ("id", "topic", "fact", "evidence type", "source citation", "url")
_ID = re.compile(r"^[0-9A-Z]+-\d+$")
# Where the reference read a document on a seller's repost or a mirror, kratomwise cites the
# publisher's own page: (fact id, reference citation) -> url. Keyed by the citation so that a
# reference update to that source shows up as a difference instead of being overwritten.
PUBLISHER_URLS = {
    (
        "INTL-01",
        "WHO ECDD 44 recommendations, Nov 2021 (as reported by Natural Products Insider)",
    ): "https://www.naturalproductsinsider.com/supplement-regulations/"
    "who-foregoes-recommending-critical-review-of-kratom",
    # The same trade-press article holds the WHO summary's words that INTL-02 quotes; the
    # reference cites a copy of it on an unrelated site.
    (
        "INTL-02",
        "WHO ECDD 44 summary document, Nov 2021 (as quoted by Natural Products Insider)",
    ): "https://www.naturalproductsinsider.com/supplement-regulations/"
    "who-foregoes-recommending-critical-review-of-kratom",
}
KEY_ORDER = ("id", "topic", "statement", "evidence_type", "sources", "as_of")


class ReferenceError(ValueError):
    """The reference table cannot be read."""


def split_urls(cell: str) -> list[str]:
    """Same rule as kratomwise.knowledge.sources.split_urls: URLs separated by ' ; '."""
    return [part.strip() for part in cell.split(" ; ") if part.strip()]


def pair_sources(citation: str, url_cell: str) -> list[dict[str, str]]:
    """One source per URL; citations are paired with URLs when the counts match."""
    urls = split_urls(url_cell)
    citation = citation.strip()
    parts = [p.strip() for p in citation.split("; ")]
    if len(urls) > 1 and len(parts) == len(urls) and all(parts):
        return [{"citation": c, "url": u} for c, u in zip(parts, urls, strict=True)]
    return [{"citation": citation, "url": u} for u in urls]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_reference(text: str) -> list[dict[str, Any]]:
    """The rows of the facts table, in reference order."""
    rows: list[dict[str, Any]] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.lstrip().startswith("|"):
            continue
        cells = _cells(line)
        if tuple(c.lower() for c in cells) == COLUMNS:
            header_seen = True
            continue
        if not header_seen or not _ID.match(cells[0]):
            continue
        if len(cells) != len(COLUMNS):
            raise ReferenceError(f"line {number}: expected {len(COLUMNS)} cells, got {len(cells)}")
        fact_id, topic, fact, kind, citation, url_cell = cells
        evidence_type = EVIDENCE_TYPE_IDS.get(kind.lower())
        if evidence_type is None:
            raise ReferenceError(f"line {number}: {fact_id}: unknown evidence type {kind!r}")
        sources = [
            {**s, "url": PUBLISHER_URLS.get((fact_id, s["citation"]), s["url"])}
            for s in pair_sources(citation, url_cell)
        ]
        if not sources or not all(s["url"].startswith(("http://", "https://")) for s in sources):
            raise ReferenceError(f"line {number}: {fact_id}: needs at least one http(s) URL")
        rows.append(
            {
                "id": fact_id,
                "topic": topic,
                "fact": fact,
                "evidence_type": evidence_type,
                "sources": sources,
            }
        )
    if not rows:
        raise ReferenceError("no facts table found (header: " + " | ".join(COLUMNS) + ")")
    seen: set[str] = set()
    for row in rows:
        if row["id"] in seen:
            raise ReferenceError(f"duplicate id {row['id']} in the reference")
        seen.add(row["id"])
    return rows


def load_existing(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise ReferenceError(f"{path}: expected a list of facts")
    return {str(item["id"]): item for item in raw}


def merge(
    rows: list[dict[str, Any]], existing: dict[str, dict[str, Any]], as_of: dt.date
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """Facts to write, the new ids and the removed ids."""
    facts: list[dict[str, Any]] = []
    new_ids: list[str] = []
    for row in rows:
        old = existing.get(row["id"])
        if old and str(old.get("statement", "")).strip():
            statement = " ".join(str(old["statement"]).split())
        else:
            statement = TODO_PREFIX + row["fact"]
            new_ids.append(row["id"])
        facts.append(
            {
                "id": row["id"],
                "topic": row["topic"],
                "statement": statement,
                "evidence_type": row["evidence_type"],
                "sources": row["sources"],
                "as_of": as_of,
            }
        )
    reference_ids = {row["id"] for row in rows}
    removed = [fact_id for fact_id in existing if fact_id not in reference_ids]
    return facts, new_ids, removed


def _scalar(value: object) -> str:
    """One YAML scalar on one line (plain when safe, quoted otherwise)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    dumped = yaml.safe_dump(value, width=1_000_000, allow_unicode=True)
    return dumped.removesuffix("\n...\n").rstrip("\n")


HEADER = """\
# Reference facts: generated from ../shared/reference/evidence.md by scripts/refresh_facts.py.
# Statements are our own words and are kept on refresh; topic, evidence_type, sources and as_of
# come from the reference. Edit statements here; re-run the script when the reference changes.
"""


def render(facts: list[dict[str, Any]]) -> str:
    blocks = []
    for fact in facts:
        lines = [
            f"- id: {_scalar(fact['id'])}",
            f"  topic: {_scalar(fact['topic'])}",
            f"  statement: {_scalar(fact['statement'])}",
            f"  evidence_type: {_scalar(fact['evidence_type'])}",
            "  sources:",
        ]
        for source in fact["sources"]:
            lines.append(f"    - citation: {_scalar(source['citation'])}")
            lines.append(f"      url: {_scalar(source['url'])}")
        lines.append(f"  as_of: {_scalar(fact['as_of'])}")
        blocks.append("\n".join(lines))
    return HEADER + "\n" + "\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=DEFAULT_AS_OF)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on changes")
    args = parser.parse_args(argv)
    try:
        rows = parse_reference(args.reference.read_text(encoding="utf-8"))
        existing = load_existing(args.output)
    except (OSError, ReferenceError, yaml.YAMLError, KeyError) as exc:
        print(f"refresh_facts: {exc}", file=sys.stderr)
        return 2
    facts, new_ids, removed = merge(rows, existing, args.as_of)
    text = render(facts)
    # Round-trip check: the rendered YAML must read back to exactly the same data.
    assert yaml.safe_load(text) == facts, "rendered YAML does not round-trip"
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    changed = text != current
    if changed and not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.output.with_suffix(".yaml.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(args.output)
    todo = [f["id"] for f in facts if str(f["statement"]).startswith("TODO")]
    print(f"{len(facts)} reference facts; {'changed' if changed else 'unchanged'}: {args.output}")
    for fact_id in new_ids:
        print(f"NEW (write the statement in own words): {fact_id}")
    for fact_id in removed:
        print(f"REMOVED from the reference (dropped; check code that cites it): {fact_id}")
    if todo:
        print(f"{len(todo)} statement(s) still marked TODO: {' '.join(todo)}")
    if new_ids or removed or todo or (args.check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
