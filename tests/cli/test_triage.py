"""`kratomwise triage` contract."""

from __future__ import annotations

import json

import pytest

from kratomwise.assess.triage import CODES
from kratomwise.cli.main import invoke
from kratomwise.knowledge import has_fact


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_codes_is_self_care(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "triage", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert set(doc) == {
        "level",
        "fired_rules",
        "naloxone_advised",
        "crisis_resources",
        "advice",
        "resources",
    }
    assert doc["level"] == "self_care" and doc["fired_rules"] == []
    assert doc["naloxone_advised"] is False and doc["crisis_resources"] is False
    assert doc["resources"][0]["kind"] == "emergency"


def test_worked_example_t3(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "triage",
        "excessive_drowsiness",
        "used_with_alcohol",
        "--country",
        "US",
        "--format",
        "json",
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["level"] == "emergency" and doc["naloxone_advised"] is True
    rules = {r["id"]: r for r in doc["fired_rules"]}
    assert set(rules) == {"TR-excessive_drowsiness", "TR-used_with_alcohol", "TR-C1"}
    assert rules["TR-C1"]["level"] == "emergency"
    assert set(rules["TR-C1"]["codes"]) == {"excessive_drowsiness", "used_with_alcohol"}
    assert all(set(r) == {"id", "level", "codes", "source"} and r["source"] for r in rules.values())
    kinds = [r["kind"] for r in doc["resources"]]
    assert kinds[:2] == ["emergency", "poison_control"]
    assert doc["resources"][0]["phone"] == "911"
    assert all(set(r) == {"kind", "name", "phone", "url"} for r in doc["resources"])
    assert any("naloxone" in a.lower() for a in doc["advice"])


def test_crisis_resources_for_suicidal_thoughts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "triage", "suicidal_thoughts", "--country", "GB", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["level"] == "urgent" and doc["crisis_resources"] is True
    assert [r["phone"] for r in doc["resources"][:2]] == ["116 123", "999"]
    assert doc["resources"][0]["name"] == "Samaritans"
    assert not any("poison" in a.lower() for a in doc["advice"])


def test_duplicates_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "triage", "nausea", "nausea", "--format", "json")
    assert code == 0 and [r["id"] for r in json.loads(out)["fired_rules"]] == ["TR-nausea"]


def test_unknown_code_lists_valid_codes_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "triage", "nausea", "made_up_code", "--format", "json")
    assert code == 2 and out == ""
    assert "made_up_code" in err and "slow_or_stopped_breathing" in err
    assert err.count("\n") == 1


def test_bad_country_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "triage", "nausea", "--country", "XX", "--format", "json")
    assert code == 2 and out == "" and "XX" in err


def test_list_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "triage", "--list-codes", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert [c["code"] for c in doc["codes"]] == list(CODES)
    assert all(set(c) == {"code", "label", "fact_ids"} and c["label"] for c in doc["codes"])
    # one citation system: every code cites facts that exist, nothing else
    assert all(c["fact_ids"] and all(has_fact(f) for f in c["fact_ids"]) for c in doc["codes"])
    assert doc["codes"][0] == {
        "code": "unresponsive",
        "label": "Can't be woken, or doesn't react to their name or a firm rub on the chest",
        "fact_ids": ["IXN-06", "TRI-03"],
    }


def test_text_output_emergency_number_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "triage", "slow_or_stopped_breathing", "--country", "US")
    assert code == 0
    assert out.index("911") < out.index("Emergency: call for help now")
    assert "Breathing is very slow, shallow, uneven, or has stopped" in out
    assert "TR-" not in out and "(emergency)" not in out  # people read labels, not codes
