"""``kratomwise law`` and ``kratomwise law-validate``: the exact command-line contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kratomwise.cli.main import invoke
from kratomwise.law import load
from kratomwise.law.loader import packaged_text


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    code = invoke(["law", *args, "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)  # type: ignore[no-any-return]


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "TX", "--today", "2026-11-25")
    assert data["query"] == "TX"
    assert data["jurisdiction"] == {"code": "US-TX", "name": "Texas", "level": "state"}
    assert data["kratom_status"] in {"legal", "regulated", "restricted", "banned", "unclear"}
    assert data["seven_oh_status"] in {"legal", "regulated", "restricted", "banned", "unclear"}
    row = load().get("US-TX")  # the packaged row, so a data refresh does not break the contract
    assert row is not None and row.effective_date is not None
    assert data["min_age"] == row.min_age
    assert data["effective_date"] == row.effective_date.text
    assert data["as_of"] == row.as_of.text
    assert data["confidence"] in {"high", "medium", "low", "unverified"}
    assert data["stale"] is True
    assert [layer["code"] for layer in data["layers"]] == ["US", "US-TX"]
    assert isinstance(data["requirements"], str)
    assert isinstance(data["sources"], list)


def test_staleness_follows_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_json(capsys, "Thailand", "--today", "2024-06-01")["stale"] is False
    assert run_json(capsys, "Thailand", "--today", "2025-01-01")["stale"] is True


def test_nesting_banned_city(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "US-CA:newport-beach")
    assert data["kratom_status"] == "banned"
    assert data["min_age"] is None


def test_name_with_nearest_layer(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "Kuala Lumpur")
    assert data["layers"][-1]["code"] == "MY"
    assert data["kratom_status"] == "banned"


def test_no_match_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = invoke(["law", "Texsa Stat", "--format", "json"])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert out.err.count("\n") == 1
    assert "did you mean" in out.err and "US-TX" in out.err


def test_ambiguous_lists_candidates_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = invoke(["law", "Georgia", "--format", "json"])
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert out.err.count("\n") == 1
    assert "US-GA" in out.err and "GE" in out.err


def test_bad_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["law", "TX", "--today", "25/11/2026"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["law", "Denver", "--today", "2026-11-25"]) == 0
    text = capsys.readouterr().out
    assert "Denver" in text and "Layers" in text and "Check current law" in text
    assert "Data set as of 2026-10-10" in text


def test_text_output_hides_seller_pages(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["law", "US-AK"]) == 0
    text = capsys.readouterr().out
    assert "kingdomkratom" not in text and "mindfulkratom" not in text


def test_validate_ok(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "legal_status.csv"
    path.write_text(packaged_text(), encoding="utf-8")
    assert invoke(["law-validate", str(path)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("OK:") and out.out.count("\n") == 1
    assert f"{len(load().rows)} rows" in out.out


def test_validate_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = packaged_text().splitlines()
    bad = [lines[0], lines[1], lines[1], lines[2].replace(",banned,", ",forbidden,", 1)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(bad) + "\n", encoding="utf-8")
    assert invoke(["law-validate", str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    errors = [line for line in out.err.splitlines() if "warning" not in line]
    assert len(errors) == 2
    assert any("duplicate code" in line for line in errors)
    assert any(
        line.startswith(f"{path} line ") and "kratom_status: " in line and "'forbidden'" in line
        for line in errors
    )


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert invoke(["law-validate", str(tmp_path / "nope.csv")]) == 2
    assert "cannot read" in capsys.readouterr().err
