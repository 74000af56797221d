"""The packaged table with the packaged rules: the special cases and the typed-names list."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kratomwise.interactions import SEVERITIES, check, rank, resolve, suggest

NAMES_CSV = Path(__file__).resolve().parents[1] / "data" / "interaction_names.csv"


def _rows() -> list[dict[str, str]]:
    with NAMES_CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_names_list_is_big_enough_and_valid() -> None:
    rows = _rows()
    assert len(rows) >= 100
    for row in rows:
        assert row["severity_min"] in SEVERITIES and row["severity_max"] in SEVERITIES
        assert rank(row["severity_max"]) <= rank(row["severity_min"])


def test_hit_rate_on_typed_names() -> None:
    rows = _rows()
    resolved_ok = severity_ok = 0
    for row in rows:
        report = check([row["input"]], use_library=False)
        got = {n for r in report.resolved for n in r.names}
        resolved_ok += got == {n for n in row["expected_names"].split(";") if n}
        severity_ok += (
            rank(row["severity_max"]) <= rank(report.highest_severity) <= rank(row["severity_min"])
        )
    assert resolved_ok / len(rows) >= 0.9
    assert severity_ok / len(rows) >= 0.95


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("Suboxone", {"buprenorphine", "naloxone"}),
        ("Percocet", {"oxycodone", "paracetamol"}),
        ("Vicodin", {"hydrocodone", "paracetamol"}),
        ("acetaminophen", {"paracetamol"}),
        ("Lyrica", {"pregabalin"}),
        ("Narcan", {"naloxone"}),
        ("Vivitrol", {"naltrexone"}),
    ],
)
def test_issue_names_resolve(typed: str, names: set[str]) -> None:
    assert set(resolve(typed, use_library=False).names) == names


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("pregabalin", {"unsafe", "dangerous"}),
        ("phenibut", {"unsafe", "dangerous"}),
        ("tianeptine", {"dangerous"}),
        ("diphenhydramine", {"caution", "unsafe"}),
        ("naloxone", {"low_risk"}),
        ("naltrexone", {"unsafe"}),
        ("buprenorphine", {"caution"}),
        ("methadone", {"dangerous"}),
        ("fentanyl", {"dangerous"}),
        ("alcohol", {"dangerous"}),
    ],
)
def test_special_cases_on_packaged_table(name: str, allowed: set[str]) -> None:
    pair = next(p for p in check([name], use_library=False).pairs if p.b == name)
    assert pair.severity in allowed


def test_every_class_in_the_table_is_defined_and_every_substance_gets_a_rule() -> None:
    from kratomwise.interactions import default_checker

    checker = default_checker()
    for name, sub in checker.table.substances.items():
        if sub.is_combination or name == "kratom":
            continue
        pair = checker.pair(name)
        assert pair.reasons and pair.fact_ids, name


def test_suggest_autocomplete() -> None:
    got = suggest("xan", 5)
    assert got and got[0].lower().startswith("xan")
    assert len(suggest("o", 4)) == 4
    assert suggest("", 4) == []


def test_normal_path_never_imports_the_drug_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kratomwise.interactions import check, suggest; "
        "check(['Xanax', 'beer', 'Percocet', 'xanex', 'Suboxone']); suggest('xa', 5); "
        "print('drug_named_entity_recognition' in sys.modules)"
    )
    env = {"KRATOMWISE_DRUG_NER": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False"


def test_real_drug_library_brand_the_table_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("drug_named_entity_recognition")
    from kratomwise.interactions import library

    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "1")
    library._lookup.cache_clear()
    res = resolve("Crestor")
    assert res.resolved and res.matched_by == "brand"
    assert res.names == ("rosuvastatin",) and res.confidence == 0.9
    pair = check(["Crestor"]).pairs[0]
    assert pair.severity in {"unknown", "caution", "low_risk"}


def test_kratom_aliases_come_from_the_table_entry() -> None:
    from kratomwise.interactions import KRATOM, kratom_aliases
    from kratomwise.interactions.table import default_table

    names = kratom_aliases()
    entry = default_table().substances[KRATOM]
    assert names == (KRATOM, *entry.brands, *entry.aliases)
    assert {"ketum", "kratom tea", "mitragyna speciosa"} <= set(names)
