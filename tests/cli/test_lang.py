"""The global --lang option and the language environment of the CLI."""

from __future__ import annotations

import json

import pytest

from kratomwise.cli.main import invoke
from kratomwise.i18n import get_language

THAI_CALL = "โทร 1669 ทันที และอยู่กับผู้ป่วยจนกว่าความช่วยเหลือจะมาถึง"
TRIAGE = ["triage", "slow_or_stopped_breathing", "--country", "TH", "--format", "json"]


def _triage(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    assert invoke([*TRIAGE, *extra]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    doc = json.loads(out)
    assert isinstance(doc, dict)
    return doc


@pytest.mark.usefixtures("fixture_catalogues")
def test_lang_th_after_the_command_gives_thai_advice_with_1669_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    doc = _triage(capsys, "--lang", "th")
    advice = doc["advice"]
    assert isinstance(advice, list)
    assert advice[0] == THAI_CALL
    assert advice[1].startswith("ถ้าผู้ป่วยหายใจไม่ปกติ ให้ทำตามที่เจ้าหน้าที่สาย 1669 บอก")
    assert doc["resources"][0]["phone"] == "1669"  # type: ignore[index]
    assert get_language() == "en"  # the call's language does not leak into the caller


@pytest.mark.usefixtures("fixture_catalogues")
@pytest.mark.parametrize("form", [["--lang", "th"], ["--lang=th"]])
def test_lang_before_the_command(capsys: pytest.CaptureFixture[str], form: list[str]) -> None:
    assert invoke([*form, *TRIAGE]) == 0
    assert json.loads(capsys.readouterr().out)["advice"][0] == THAI_CALL


@pytest.mark.usefixtures("fixture_catalogues")
@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"KRATOMWISE_LANG": "th"}, THAI_CALL),
        ({"LANG": "th_TH.UTF-8"}, THAI_CALL),
        ({"LANG": "th_TH.UTF-8", "LC_ALL": "C.UTF-8"}, "Call 1669 now and stay"),
        ({"LANG": "de_DE.UTF-8"}, "Call 1669 now and stay"),
        ({}, "Call 1669 now and stay"),
    ],
)
def test_language_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    expected: str,
) -> None:
    for name in ("KRATOMWISE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    advice = _triage(capsys)["advice"]
    assert isinstance(advice, list) and advice[0].startswith(expected)


@pytest.mark.usefixtures("fixture_catalogues")
def test_the_option_wins_over_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KRATOMWISE_LANG", "th")
    advice = _triage(capsys, "--lang", "en")["advice"]
    assert isinstance(advice, list) and advice[0].startswith("Call 1669 now")


@pytest.mark.parametrize("argv", [["--lang", "xx", *TRIAGE], [*TRIAGE, "--lang=klingon"]])
def test_unknown_language_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert invoke(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("kratomwise: unknown language ")
    assert err.endswith("choose one of: en, th, ms, id, es\n")
    assert err.count("\n") == 1


def test_unknown_kratomwise_lang_is_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KRATOMWISE_LANG", "xx")
    assert invoke(TRIAGE) == 2
    assert capsys.readouterr().err == (
        "kratomwise: unknown language 'xx'; choose one of: en, th, ms, id, es\n"
    )


def test_arguments_after_a_double_dash_are_left_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["evidence", "search", "--format", "json", "--", "--lang"]) == 0
    assert json.loads(capsys.readouterr().out) == {"query": "--lang", "results": []}


def test_help_lists_the_lang_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["--help"]) == 0
    assert "--lang" in capsys.readouterr().out
