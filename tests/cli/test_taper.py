"""`kratomwise taper plan`: the command-line contract."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from kratomwise.cli.main import invoke

BASE = [
    "taper",
    "plan",
    "--amount",
    "8",
    "--unit",
    "g",
    "--percent",
    "10",
    "--every",
    "7",
    "--start",
    "2026-01-01",
]
HEADER = "date,withdrawal,craving,amount_taken,pause\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def plan_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _check_shape(data: dict) -> None:  # type: ignore[type-arg]
    assert set(data) == {
        "unit",
        "percent",
        "every_days",
        "steps",
        "end_date",
        "warnings",
        "fast_steps",
        "rate",
        "no_kratom_rate",
        "ending",
    }
    assert "No taper rate for kratom has been studied" in data["no_kratom_rate"]["message"]
    assert [c["code"] for c in data["ending"]] == ["overdose_risk", "treatment_handoff"]
    assert data["rate"]["long_term_monthly_percent"] == 10
    steps = data["steps"]
    for step in steps:
        assert set(step) == {"start", "end", "daily_amount", "status", "reason"}
        assert step["status"] in ("planned", "held")
    for before, after in itertools.pairwise(steps):
        assert dt.date.fromisoformat(after["start"]) == dt.date.fromisoformat(
            before["end"]
        ) + dt.timedelta(days=1)
        assert after["daily_amount"] <= before["daily_amount"]
    assert steps[-1]["daily_amount"] == 0
    assert data["end_date"] == steps[-1]["end"]
    for warning in data["warnings"]:
        assert set(warning) == {"code", "message", "fact_ids"} and warning["fact_ids"]
    codes = [w["code"] for w in data["warnings"]]
    assert ("fast_taper" in codes) is bool(data["fast_steps"])


def test_plan_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(capsys, *BASE)
    _check_shape(data)
    assert data["unit"] == "g" and data["percent"] == 10 and data["every_days"] == 7
    assert data["steps"][0] == {
        "start": "2026-01-01",
        "end": "2026-01-07",
        "daily_amount": 8,
        "status": "planned",
        "reason": None,
    }
    assert data["steps"][1]["daily_amount"] == 7.25
    # 10 % a week in grams: rounding to quarter grams makes some real cuts faster.
    assert [w["code"] for w in data["warnings"]] == ["fast_taper"]
    assert data["fast_steps"][0] == {
        "start": "2026-01-22",
        "from": 6.5,
        "to": 5.75,
        "weekly_percent": 11.5,
    }
    assert data["rate"]["weekly_percent"] == 10 and data["rate"]["monthly_percent"] == 36.3


def test_min_step_and_floor(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(capsys, *BASE, "--min-step", "0.5", "--floor", "2")
    _check_shape(data)
    amounts = [s["daily_amount"] for s in data["steps"]]
    assert amounts[-2:] == [2.25, 0]
    assert all(a - b >= 0.5 for a, b in itertools.pairwise(amounts))


@pytest.mark.parametrize(
    ("unit", "amount", "first_cut"), [("capsule", "6", 5), ("ml", "7", 6.5), ("mg", "250", 225)]
)
def test_units(
    capsys: pytest.CaptureFixture[str], unit: str, amount: str, first_cut: float
) -> None:
    args = [
        "taper",
        "plan",
        "--amount",
        amount,
        "--unit",
        unit,
        "--percent",
        "10",
        "--every",
        "7",
        "--start",
        "2026-01-01",
    ]
    data = plan_json(capsys, *args)
    _check_shape(data)
    assert data["unit"] == unit and data["steps"][1]["daily_amount"] == first_cut


def test_fast_taper_warning(capsys: pytest.CaptureFixture[str]) -> None:
    args = [*BASE[:7], "20", *BASE[8:]]  # 20 % every 7 days
    data = plan_json(capsys, *args)
    assert [w["code"] for w in data["warnings"]] == ["fast_taper"]
    assert "TAP-03" in data["warnings"][0]["fact_ids"]


def test_checkins_hold_with_reason(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    file = tmp_path / "checkins.csv"
    file.write_text(HEADER + "2026-01-05,25,3,8,\n2026-01-12,10,9,8,\n2026-01-25,,,7.25,yes\n")
    data = plan_json(
        capsys, *BASE, "--checkins", str(file), "--hold-withdrawal", "20", "--hold-craving", "9"
    )
    _check_shape(data)
    steps = data["steps"]
    assert [s["status"] for s in steps[:5]] == ["planned", "held", "held", "planned", "held"]
    assert steps[1]["start"] == "2026-01-08" and steps[1]["end"] == "2026-01-14"
    assert steps[1]["daily_amount"] == steps[2]["daily_amount"] == 8
    assert "withdrawal" in steps[1]["reason"] and "25" in steps[1]["reason"]
    assert "craving" in steps[2]["reason"].lower()
    assert steps[3]["daily_amount"] == 7.25 and steps[3]["reason"] is None
    assert "pause" in steps[4]["reason"]
    assert steps[5]["daily_amount"] == 6.5
    assert "treatment_options" in [w["code"] for w in data["warnings"]]


def test_checkins_without_thresholds_hold_only_on_pause(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "2026-01-05,60,10,8,\n")
    data = plan_json(capsys, *BASE, "--checkins", str(file))
    assert all(s["status"] == "planned" for s in data["steps"])


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *BASE)
    assert code == 0
    assert "2026-01-01" in out and "7.25" in out
    assert "No taper rate for kratom has been studied" in " ".join(out.split())


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("--percent", "0"), "percent"),
        (("--percent", "100"), "percent"),
        (("--percent", "-3"), "percent"),
        (("--percent", "ten"), "percent"),
        (("--amount", "0"), "amount"),
        (("--amount", "-2"), "amount"),
        (("--unit", "oz"), "unit"),
        (("--start", "2026-02-30"), "start"),
        (("--start", "soon"), "start"),
        (("--every", "0"), "step length"),
        (("--every", "x"), "every"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], change: tuple[str, str], needle: str
) -> None:
    args = list(BASE)
    args[args.index(change[0]) + 1] = change[1]
    code, out, err = run(capsys, *args, "--format", "json")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err.lower()
    assert "Traceback" not in err


def test_bad_checkins_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    file = tmp_path / "bad.csv"
    file.write_text(HEADER + "2026-01-05,,,,perhaps\n")
    code, out, err = run(capsys, *BASE, "--checkins", str(file), "--format", "json")
    assert code == 2 and out == "" and "pause" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *BASE, "--checkins", str(tmp_path / "missing.csv"))
    assert code == 2 and "cannot read" in err


def test_bad_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *BASE, "--hold-craving", "11", "--format", "json")
    assert code == 2 and out == "" and "craving" in err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "taper", "plan", "--help")
    assert code == 0
    for option in (
        "--amount",
        "--unit",
        "--percent",
        "--every",
        "--min-step",
        "--floor",
        "--start",
        "--checkins",
        "--hold-withdrawal",
        "--hold-craving",
        "--format",
    ):
        assert option in out


def test_eight_capsules_text_warns_naming_steps_and_ends_safely(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["taper", "plan", "--amount", "8", "--unit", "capsule", "--percent", "10"]
    code, out, err = run(capsys, *args, "--every", "7", "--start", "2026-01-01", "--country", "US")
    assert code == 0, err
    text = " ".join(out.split())
    assert "! Faster than guidance:" in text and "fast_taper" not in text
    assert "2026-01-08: 8 capsules to 7 capsules (12.5 % a week)" in text
    assert "1 capsule to none, stopping at once" in text
    assert "about 10 % a month or slower after a year or more of daily use" in text
    assert text.index("Your tolerance falls") > text.index("Plan reaches 0")
    assert text.index("buprenorphine") > text.index("Your tolerance falls")
    assert "SAMHSA National Helpline: 1-800-662-4357" in text
    assert "sources: TAP-14, TAP-04, IXN-03" in text


def test_floor_to_zero_warns(capsys: pytest.CaptureFixture[str]) -> None:
    data = plan_json(capsys, *BASE, "--floor", "3")
    assert data["fast_steps"][-1]["from"] == 3 and data["fast_steps"][-1]["to"] == 0
    assert "3 g to none, stopping at once" in data["warnings"][-1]["message"]


def test_bad_country(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *BASE, "--country", "QQ")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
