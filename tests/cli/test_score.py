"""`kratomwise score` contract."""

from __future__ import annotations

import json

import pytest

from kratomwise.cli.main import invoke


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("instrument", "answers", "total", "band", "safety", "flags"),
    [
        ("cows", "4,4,3,2,4,2,3,4,2,4,5", 37, "severe", False, ["clinician_review_today"]),
        ("sows", "2,1,3,0,1,2,1,2,0,3,2,1,0,1,2,4", 25, None, False, []),
        ("dsm5", "0,0,0,0,0,0,0,0,0,1,1", 2, "mild", False, []),
        ("phq9", "2,2,2,2,2,1,2,2,0", 15, "moderately_severe", False, ["see_clinician_suggested"]),
        ("phq9", "0,0,0,0,0,0,0,0,1", 1, "none_minimal", True, ["safety_item_positive"]),
        ("phq9", "2,2,1,1,1,1,1,1,0,3", 10, "moderate", False, ["see_clinician_suggested"]),
        ("gad7", "0,0,0,0,0,0,0", 0, "minimal", False, []),
        ("craving", "7", 7, None, False, []),
    ],
)
def test_score_json_contract(
    capsys: pytest.CaptureFixture[str],
    instrument: str,
    answers: str,
    total: int,
    band: str | None,
    safety: bool,
    flags: list[str],
) -> None:
    code, out, err = run(capsys, "score", instrument, "--answers", answers, "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert set(doc) == {
        "instrument",
        "total",
        "band",
        "safety_flag",
        "flags",
        "interpretation",
        "source",
    } | ({"resources"} if safety else set())
    assert doc["instrument"] == instrument
    assert doc["total"] == total and doc["band"] == band
    assert doc["safety_flag"] is safety and doc["flags"] == flags
    assert doc["interpretation"] and doc["source"]


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        ("cows", "3,0,0,0,0,0,0,0,0,0,0"),  # pulse has no 3
        ("cows", "0,0,0,0,0,0,0,0,0,0"),  # 10 answers
        ("sows", "5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"),
        ("craving", "11"),
        ("craving", "6.5"),
        ("gad7", "0,0,0,0,0,0,0,0,0"),  # too many
        ("phq9", "a,b"),
        ("phq9", ""),
        ("kds", "1"),
    ],
)
def test_bad_answers_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], instrument: str, answers: str
) -> None:
    code, out, err = run(capsys, "score", instrument, "--answers", answers, "--format", "json")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("kratomwise:")


def test_missing_answers_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "score", "phq9")
    assert code == 2 and err


def test_text_output_puts_safety_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "score", "phq9", "--answers", "0,0,0,0,0,0,0,0,2")
    assert code == 0
    assert out.index("Safety first") < out.index("PHQ-9:")


def test_item9_json_adds_the_countrys_crisis_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "score", "phq9", "-a", "0,0,0,0,0,0,0,0,1", "--country", "US", "--format", "json"
    )
    assert code == 0 and err == ""
    assert json.loads(out)["resources"] == [
        {
            "kind": "suicide_crisis",
            "name": "988 Suicide & Crisis Lifeline",
            "phone": "988",
            "url": "https://988lifeline.org",
        },
        {
            "kind": "emergency",
            "name": "Emergency services (police, fire, ambulance)",
            "phone": "911",
            "url": None,
        },
    ]


def test_item9_json_international_fallback(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "score", "phq9", "-a", "0,0,0,0,0,0,0,0,3", "--format", "json")
    assert code == 0
    assert [(r["kind"], r["phone"]) for r in json.loads(out)["resources"]] == [
        ("suicide_crisis", None),
        ("emergency", "112"),
    ]


def test_no_resources_without_item9(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "score", "phq9", "-a", "3,3,3,3,3,3,3,3,0", "-c", "US", "--format", "json"
    )
    assert code == 0 and "resources" not in json.loads(out)


def test_bad_country_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "score", "phq9", "-a", "0,0,0,0,0,0,0,0,1", "--country", "XX")
    assert code == 2 and out == "" and "XX" in err and err.count("\n") == 1


def test_item9_text_shows_the_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "score", "phq9", "-a", "0,0,0,0,0,0,0,0,1", "--country", "TH")
    assert code == 0
    assert out.index("Safety first") < out.index("1323") < out.index("1669") < out.index("PHQ-9:")
    assert "kratomwise triage" not in out


def test_text_output_treatment_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "score", "dsm5", "--answers", "1,1,1,1,1,1,1,1,1,1,1")
    assert code == 0 and "treatment options" in out


def test_help_lists_score_and_triage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "score" in out and "triage" in out


def test_text_output_shows_flag_labels_not_ids(capsys: pytest.CaptureFixture[str]) -> None:
    from kratomwise.assess import INSTRUMENTS

    assert all(f.label for inst in INSTRUMENTS.values() for f in inst.flags)
    code, out, _ = run(capsys, "score", "phq9", "-a", "3,3,3,3,3,3,3,3,1")
    assert code == 0 and "Talking to a clinician is suggested." in out
    assert "see_clinician_suggested" not in out and "safety_item_positive" not in out
