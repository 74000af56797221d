"""`kratomwise evidence` and the top-level CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kratomwise import __version__
from kratomwise.cli.main import invoke


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("serve", "evidence"):
        assert command in out


def test_search_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "evidence", "search", "withdrawal", "--limit", "3", "--format", "json"
    )
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["query"] == "withdrawal"
    assert 1 <= len(doc["results"]) <= 3
    first = doc["results"][0]
    assert set(first) == {"id", "topic", "statement", "evidence_type", "sources", "score"}
    assert all(set(s) == {"citation", "url"} for s in first["sources"])
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True)


def test_show_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "evidence", "show", "DEP-08", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"id", "topic", "statement", "evidence_type", "sources", "as_of"}
    assert doc["id"] == "DEP-08"


def test_show_unknown_id_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "evidence", "show", "NOPE-99", "--format", "json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "NOPE-99" in err


def test_usage_error_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "evidence", "search", "x", "--limit", "0")
    assert code == 2 and out == "" and err.count("\n") == 1


def test_text_output_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "evidence", "show", "DEP-08")
    assert code == 0 and "DEP-08" in out and "Evidence:" in out


def test_console_script_runs_and_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kratomwise", "evidence", "show", "NOPE-1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("kratomwise: ") and "Traceback" not in done.stderr


def test_seller_addresses_are_never_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kratomwise.knowledge import all_facts

    # The packaged facts cite publishers; pretend one of their hosts sells kratom.
    monkeypatch.setattr("kratomwise.knowledge.facts.is_commercial", lambda url: "hhs.gov" in url)
    sellers = [f for f in all_facts() if any(s.commercial for s in f.sources)]
    assert sellers
    for fact in sellers:
        code, out, _ = run(capsys, "evidence", "show", fact.id, "--format", "json")
        assert code == 0
        for source in fact.sources:
            if source.commercial:
                assert source.url not in out
