"""`kratomwise analyze FILE [--capsule-g X] [--today YYYY-MM-DD] --format json`: the contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kratomwise.cli.main import invoke
from kratomwise.knowledge import has_fact

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = str(DATA / "journal_sample.csv")
HEADER = "taken_at,substance,form,amount,unit,craving,mood,note\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_object_matches_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "analyze", SAMPLE, "--capsule-g", "0.5", "--today", "2026-05-04", "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["entries", "first_day", "last_day", "days_used", "daily", "signals"]
    assert (data["entries"], data["first_day"], data["last_day"], data["days_used"]) == (
        6,
        "2026-05-01",
        "2026-05-03",
        3,
    )
    assert data["daily"] == [
        {"day": "2026-05-01", "leaf_g": 7.5, "uses": 3},
        {"day": "2026-05-02", "leaf_g": 2.0, "uses": 1},
        {"day": "2026-05-03", "leaf_g": 0.0, "uses": 1},
    ]
    found = {s["code"]: s for s in data["signals"]}
    assert set(found) == {"seven_oh_use", "three_or_more_uses_a_day", "polydrug_day"}
    for signal in data["signals"]:
        assert list(signal) == ["code", "level", "start", "end", "explanation", "fact_ids"]
        assert signal["level"] in ("info", "caution", "warning")
        assert dt.date.fromisoformat(signal["start"]) <= dt.date.fromisoformat(signal["end"])
        assert signal["fact_ids"] and all(has_fact(i) for i in signal["fact_ids"])
    assert found["seven_oh_use"]["level"] == "warning"
    assert found["three_or_more_uses_a_day"]["start"] == "2026-05-01"
    assert "alcohol" in found["polydrug_day"]["explanation"]


def test_capsules_are_not_counted_as_grams_without_capsule_g(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "analyze", SAMPLE, "--today", "2026-05-04", "--format", "json")
    assert code == 0
    assert json.loads(out)["daily"][0] == {"day": "2026-05-01", "leaf_g": 5.5, "uses": 3}


def test_today_sets_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", SAMPLE, "--today", "2026-09-01", "--format", "json")
    assert code == 0 and json.loads(out)["signals"] == []


def test_malformed_file_names_row_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "analyze", str(DATA / "journal_bad_row.csv"), "--format", "json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "row 4, column amount" in err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--capsule-g", "0"], "--capsule-g"),
        (["--today", "tomorrow"], "--today"),
    ],
)
def test_bad_options(capsys: pytest.CaptureFixture[str], args: list[str], needle: str) -> None:
    code, _, err = run(capsys, "analyze", SAMPLE, *args, "--format", "json")
    assert code == 2 and needle in err and err.count("\n") == 1


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "analyze", str(tmp_path / "nope.csv"), "--format", "json")
    assert code == 2 and "cannot read" in err


def test_header_only_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(HEADER)
    code, out, _ = run(capsys, "analyze", str(path), "--format", "json")
    assert code == 0
    assert json.loads(out) == {
        "entries": 0,
        "first_day": None,
        "last_day": None,
        "days_used": 0,
        "daily": [],
        "signals": [],
    }


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", SAMPLE, "--today", "2026-05-04")
    assert code == 0
    assert "6" in out and "seven_oh_use" in out and "DEP-03" in out


def test_help_mentions_analyze(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "analyze" in out


def test_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(Path(SAMPLE).read_text()))
    code, out, _ = run(capsys, "analyze", "-", "--today", "2026-05-04", "--format", "json")
    assert code == 0 and json.loads(out)["entries"] == 6
