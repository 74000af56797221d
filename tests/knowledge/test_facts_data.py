"""The packaged evidence base, its refresh script and the claim checker's labelled set."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from kratomwise.knowledge import EVIDENCE_TYPES, all_facts, has_fact, topic_label, topics
from kratomwise.knowledge.facts import TOPIC_LABELS
from tests.reference import reference_file

REPO = Path(__file__).resolve().parents[2]
CLAIMS_CSV = REPO / "tests" / "data" / "claims_labelled.csv"
FACTS_DIR = resources.files("kratomwise.knowledge").joinpath("data/facts")


@cache
def refresh_facts() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "refresh_facts", REPO / "scripts" / "refresh_facts.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(FACTS_DIR.joinpath(name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _reference_rows() -> list[dict[str, Any]]:
    text = reference_file("evidence.md").read_text("utf-8")
    rows: list[dict[str, Any]] = refresh_facts().parse_reference(text)
    return rows


# --- every fact file ---------------------------------------------------------------------------


def test_ids_are_unique_across_all_fact_files() -> None:
    ids = [
        item["id"]
        for entry in FACTS_DIR.iterdir()
        if entry.name.endswith(".yaml")
        for item in _raw(entry.name)
    ]
    duplicates = [fact_id for fact_id, n in Counter(ids).items() if n > 1]
    assert not duplicates
    assert len(all_facts()) == len(ids)


def test_every_fact_is_cited_typed_and_dated() -> None:
    for fact in all_facts():
        assert fact.sources, fact.id
        for source in fact.sources:
            assert source.citation.strip(), fact.id
            assert re.match(r"https?://\S+$", source.url), (fact.id, source.url)
        assert fact.evidence_type in EVIDENCE_TYPES, fact.id
        assert isinstance(fact.as_of, dt.date), fact.id
        assert "TODO" not in fact.statement, fact.id
        assert fact.statement.strip(), fact.id


# --- reference.yaml ------------------------------------------------------------------------------


def test_reference_yaml_facts_have_keys_in_order_and_no_future_dates() -> None:
    raw = _raw("reference.yaml")
    assert raw
    for item in raw:
        assert list(item) == ["id", "topic", "statement", "evidence_type", "sources", "as_of"]
        assert item["as_of"] <= dt.date.today(), item["id"]
        assert "TODO" not in item["statement"], item["id"]


def test_reference_yaml_matches_the_shared_reference() -> None:
    rows = {row["id"]: row for row in _reference_rows()}
    raw = {item["id"]: item for item in _raw("reference.yaml")}
    assert set(raw) == set(rows)
    for fact_id, row in rows.items():
        item = raw[fact_id]
        assert item["topic"] == row["topic"], fact_id
        assert item["evidence_type"] == row["evidence_type"], fact_id
        assert item["sources"] == row["sources"], fact_id


def test_statements_are_our_own_words() -> None:
    rows = {row["id"]: row for row in _reference_rows()}
    for item in _raw("reference.yaml"):
        original = " ".join(rows[item["id"]]["fact"].split()).lower()
        assert " ".join(item["statement"].split()).lower() != original, item["id"]


def test_reference_yaml_is_what_the_script_writes() -> None:
    """Running the refresh script now would change nothing (the file is reviewed as generated)."""
    module = refresh_facts()
    rows = _reference_rows()
    path = Path(str(FACTS_DIR.joinpath("reference.yaml")))
    facts, new_ids, removed = module.merge(rows, module.load_existing(path), module.DEFAULT_AS_OF)
    assert (new_ids, removed) == ([], [])
    assert module.render(facts) == path.read_text(encoding="utf-8")


# --- the refresh script --------------------------------------------------------------------------

TABLE = "\n".join(
    [
        "# Evidence",
        "",
        "| id | topic | fact | evidence type | source citation | URL |",
        "| --- | --- | --- | --- | --- | --- |",
        "| AAA-01 | botany | Original one. | in vitro | Smith 2020; Jones 2021"
        " | https://a.ex/1 ; https://b.ex/2 |",
        "| AAA-02 | use patterns | Original two. | cross-sectional survey | One; two; three"
        " | https://c.ex/3 ; https://d.ex/4 |",
        "| AAA-03 | harms-deaths | Original three. | RCT | Doe 2019 | https://e.ex/5 |",
        "",
    ]
)


def test_pair_sources() -> None:
    pair = refresh_facts().pair_sources
    assert pair("A 2020; B 2021", "https://a ; https://b") == [
        {"citation": "A 2020", "url": "https://a"},
        {"citation": "B 2021", "url": "https://b"},
    ]
    assert pair("A; B; C", "https://a ; https://b") == [
        {"citation": "A; B; C", "url": "https://a"},
        {"citation": "A; B; C", "url": "https://b"},
    ]
    assert pair("Drug Alcohol Depend 2014;139:132-7", "https://x") == [
        {"citation": "Drug Alcohol Depend 2014;139:132-7", "url": "https://x"}
    ]


def test_script_writes_todo_for_new_ids_and_exits_1(tmp_path: Path, capsys: Any) -> None:
    module = refresh_facts()
    reference, output = tmp_path / "evidence.md", tmp_path / "facts" / "reference.yaml"
    reference.write_text(TABLE, encoding="utf-8")
    assert module.main([str(reference), "--output", str(output)]) == 1
    out = capsys.readouterr().out
    assert "NEW (write the statement in own words): AAA-01" in out
    facts = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert [f["id"] for f in facts] == ["AAA-01", "AAA-02", "AAA-03"]
    assert facts[0]["statement"] == "TODO: write in own words: Original one."
    assert facts[0]["evidence_type"] == "in_vitro"
    assert facts[1]["evidence_type"] == "cross_sectional_survey"
    assert facts[2]["evidence_type"] == "rct"
    assert facts[0]["sources"][1] == {
        "citation": "Jones 2021",
        "url": "https://b.ex/2",
    }
    assert facts[1]["sources"][1]["citation"] == "One; two; three"
    assert facts[2]["as_of"] == module.DEFAULT_AS_OF


def test_script_keeps_statements_refreshes_the_rest_and_reports_removed(
    tmp_path: Path, capsys: Any
) -> None:
    module = refresh_facts()
    reference, output = tmp_path / "evidence.md", tmp_path / "reference.yaml"
    reference.write_text(TABLE, encoding="utf-8")
    module.main([str(reference), "--output", str(output)])
    facts = yaml.safe_load(output.read_text(encoding="utf-8"))
    for fact in facts:
        fact["statement"] = f"Our words for {fact['id']}."
        fact["topic"] = "stale"
    facts.append({**facts[0], "id": "OLD-01"})
    output.write_text(yaml.safe_dump(facts), encoding="utf-8")
    capsys.readouterr()

    assert module.main([str(reference), "--output", str(output)]) == 1  # OLD-01 was removed
    assert (
        "REMOVED from the reference (dropped; check code that cites it): OLD-01"
        in capsys.readouterr().out
    )
    facts = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert [f["statement"] for f in facts] == [f"Our words for AAA-0{i}." for i in (1, 2, 3)]
    assert [f["topic"] for f in facts] == ["botany", "use patterns", "harms-deaths"]
    assert module.main([str(reference), "--output", str(output)]) == 0  # now up to date
    assert module.main([str(reference), "--output", str(output), "--check"]) == 0


def test_script_rejects_an_unknown_evidence_type(tmp_path: Path, capsys: Any) -> None:
    reference, output = tmp_path / "evidence.md", tmp_path / "reference.yaml"
    reference.write_text(TABLE.replace("| RCT |", "| hearsay |"), encoding="utf-8")
    assert refresh_facts().main([str(reference), "--output", str(output)]) == 2
    assert "unknown evidence type 'hearsay'" in capsys.readouterr().err
    assert not output.exists()


# --- the claim checker's labelled sentences (tests/data/claims_labelled.csv) --------------------

VERDICTS = ("supported", "contradicted", "unsupported", "not_a_claim")
SPLITS = ("train", "heldout")
GENRES = ("marketing", "news", "forum", "clinical")


def test_claims_labelled_set_is_valid() -> None:
    with CLAIMS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [
            "id",
            "split",
            "genre",
            "text",
            "verdict",
            "disease_claim",
            "fact_ids",
        ]
        rows = list(reader)
    assert len(rows) >= 300
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len({row["text"].strip().lower() for row in rows}) == len(rows), "duplicate sentences"
    for row in rows:
        where = row["id"]
        assert row["split"] in SPLITS, where
        assert row["genre"] in GENRES, where
        assert row["verdict"] in VERDICTS, where
        assert row["disease_claim"] in ("true", "false"), where
        assert row["text"].strip(), where
        fact_ids = row["fact_ids"].split()
        for fact_id in fact_ids:
            assert has_fact(fact_id), f"{where}: unknown fact id {fact_id}"
        if row["verdict"] in ("supported", "contradicted"):
            assert fact_ids, f"{where}: a {row['verdict']} verdict needs its deciding fact ids"
        if row["verdict"] == "not_a_claim":
            assert row["disease_claim"] == "false", where
    verdicts = Counter(row["verdict"] for row in rows)
    for verdict in VERDICTS:
        assert verdicts[verdict] >= 0.15 * len(rows), verdicts
    for split in SPLITS:
        part = [row for row in rows if row["split"] == split]
        assert {row["verdict"] for row in part} == set(VERDICTS), split
    heldout = sum(row["split"] == "heldout" for row in rows) / len(rows)
    assert 0.3 <= heldout <= 0.5
    assert sum(row["disease_claim"] == "true" for row in rows) >= 60
    genres = Counter(row["genre"] for row in rows)
    assert all(genres[genre] >= 50 for genre in GENRES), genres


def test_facts_cite_publishers_not_mirrors_or_sellers() -> None:
    # Document-sharing mirrors and development servers replaced by the publisher's own page.
    mirrors = ("vdocuments", "tweb-dev", "studylib", "typeset.io", "abcdocz")
    for fact in all_facts():
        for source in fact.sources:
            assert not source.commercial, (fact.id, source.url)
            assert not any(m in source.url for m in mirrors), (fact.id, source.url)
    hhs = [s.url for f in all_facts() for s in f.sources if "Dosage Reduction" in s.citation]
    assert hhs and set(hhs) == {
        "https://www.hhs.gov/opioids/sites/default/files/2019-10/Dosage_Reduction_Discontinuation.pdf"
    }


def test_every_topic_has_a_label_people_read_and_no_label_is_unused() -> None:
    assert set(TOPIC_LABELS) == set(topics())
    assert topic_label("harms-liver") == "Harms: liver"
