"""CLI contract: kratomwise interactions NAME [NAME...] --format json."""

from __future__ import annotations

import json

import pytest

from kratomwise.cli.main import invoke

CONTRACT_KEYS = {
    "resolved",
    "unresolved",
    "pairs",
    "groups",
    "highest_severity",
    "overdose_first",
    "safety",
    "notes",
}


@pytest.fixture(autouse=True)
def _no_drug_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRATOMWISE_DRUG_NER", "0")


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict:  # type: ignore[type-arg]
    code = invoke(["interactions", *argv, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["Xanax", "Percocet"])
    assert set(data) == CONTRACT_KEYS
    first = data["resolved"][0]
    assert first == {
        "input": "Xanax",
        "names": ["alprazolam"],
        "classes": first["classes"],
        "matched_by": "brand",
        "confidence": 1.0,
    }
    assert "benzodiazepine" in first["classes"]
    assert data["resolved"][1]["names"] == ["oxycodone", "paracetamol"]
    assert data["highest_severity"] == "dangerous"
    for pair in data["pairs"]:
        assert (
            set(pair) == {"a", "b", "severity", "mechanism", "advice", "fact_ids"}
            and pair["a"] == "kratom"
        )
    for group in data["groups"]:
        assert set(group) == {"members", "severity", "mechanism", "advice", "fact_ids"}
    assert any(set(g["members"]) >= {"kratom", "alprazolam", "oxycodone"} for g in data["groups"])
    paired = {p["b"] for p in data["pairs"]}
    assert all(set(r["names"]) <= paired for r in data["resolved"])


def test_json_equals_core_as_dict(capsys: pytest.CaptureFixture[str]) -> None:
    from kratomwise.interactions import check

    data = _json(capsys, ["Lyrica", "beer"])
    assert data == json.loads(json.dumps(check(["Lyrica", "beer"], use_library=False).as_dict()))


def test_unresolved_is_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["qwertyuiopasdf"])
    assert data["resolved"] == [] and data["pairs"] == []
    assert data["unresolved"] == [{"input": "qwertyuiopasdf", "suggestions": []}]
    assert data["highest_severity"] == "unknown"


def test_misspelling_is_fuzzy_with_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["gabapenntin"])
    (res,) = data["resolved"]
    assert res["names"] == ["gabapentin"] and res["matched_by"] == "fuzzy"
    assert 0 < res["confidence"] < 1


def test_no_names_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = invoke(["interactions", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("kratomwise: ") and err.count("\n") == 1


def test_more_names_than_the_limit_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = invoke(["interactions", *(f"n{i}" for i in range(26)), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err == "kratomwise: At most 25 names can be checked at a time; you gave 26.\n"


def test_text_output_puts_overdose_signs_first(capsys: pytest.CaptureFixture[str]) -> None:
    code = invoke(["interactions", "fentanyl", "Xanax", "qwertyuiopasdf"])
    out, _err = capsys.readouterr()
    assert code == 0
    assert out.index("overdose") < out.index("What we checked")
    assert "Naloxone" in out
    assert "not recognised" in out
    assert "INT-09" in out


def test_text_output_for_naloxone(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["interactions", "Narcan"]) == 0
    out, _err = capsys.readouterr()
    assert "Low risk" in out and "Carry naloxone" in out


@pytest.mark.parametrize("name", ["beer", "gabapentin", "Lyrica", "phenibut", "GHB", "zolpidem"])
def test_json_carries_the_safety_block_for_depressants(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = _json(capsys, [name])
    assert data["overdose_first"] is True
    assert data["safety"][0] == {
        "text": "Signs of an overdose - call emergency services at once",
        "fact_ids": ["IXN-06", "IXN-05"],
    }
    assert all(isinstance(a, str) and a for a in data["pairs"][0]["advice"])


def test_meprobamate_is_not_caffeine(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, ["meprobamate"])
    assert data["resolved"][0]["names"] == ["meprobamate"]
    assert data["highest_severity"] == "unsafe"


def test_text_shows_safety_and_advice_for_alcohol(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["interactions", "beer"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Signs of an overdose" in out and "Naloxone: carry it" in out
    assert "What to do: Avoid drinking when you take kratom." in out


def test_kratom_alone_says_it_is_always_included(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["interactions", "kratom"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("Kratom is always included in this check")
    assert "Unknown overall" not in out
