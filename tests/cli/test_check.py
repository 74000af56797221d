"""``kratomwise check``: the exact command-line contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kratomwise.cli.main import invoke

SENTENCE_KEYS = {"index", "text", "verdict", "disease_claim", "fact_ids", "reason"}
VERDICTS = {"supported", "contradicted", "unsupported", "not_a_claim"}


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(
        "Kratom is not addictive. Kratom cures cancer.\n\nBuy now with code SAVE10!\n"
        "Kratom can cause dependence.\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_one_object_per_sentence(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["check", str(doc), "--format", "jsonl"]) == 0
    out = capsys.readouterr()
    lines = [json.loads(line) for line in out.out.splitlines()]
    assert [o["index"] for o in lines] == list(range(len(lines)))
    for obj in lines:
        assert set(obj) == SENTENCE_KEYS and obj["verdict"] in VERDICTS
        assert isinstance(obj["disease_claim"], bool) and isinstance(obj["fact_ids"], list)
    assert lines[0]["text"] == "Kratom is not addictive." and lines[0]["verdict"] == "contradicted"
    assert lines[1]["disease_claim"] is True
    assert out.err == ""


def test_default_format_is_jsonl(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["check", str(doc)]) == 0
    assert all(json.loads(line) for line in capsys.readouterr().out.splitlines())


def test_lines_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Kratom is safe. Kratom is a tree.\n\n   \nKratom cures cancer.\n", "utf-8")
    assert invoke(["check", str(path), "--format", "jsonl", "--lines"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["text"] for o in lines] == [
        "Kratom is safe. Kratom is a tree.",
        "Kratom cures cancer.",
    ]


def test_json_object(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["check", str(doc), "--format", "json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert set(obj) == {"summary", "sentences", "links"}
    assert set(obj["summary"]) == {
        "sentences",
        "claims",
        "supported",
        "contradicted",
        "unsupported",
        "disease_claims",
    }
    assert obj["summary"]["sentences"] == len(obj["sentences"])
    assert obj["summary"]["disease_claims"] == 1
    for link in obj["links"]:
        assert set(link) == {"url", "text", "kind"} and link["kind"] in {
            "shop",
            "affiliate",
            "other",
        }
    assert any(link["kind"] == "shop" for link in obj["links"])  # the purchase call


def test_stdin_and_html_detection(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import io
    import sys

    html = (
        "<!doctype html><html><body><article><p>Kratom is completely safe for everyone who "
        'uses it.</p><p>Get it <a href="https://example.com/products/x?aff=9">here</a> '
        "from the tree of the coffee family in Southeast Asia.</p></article></body></html>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    assert invoke(["check", "-", "--format", "json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["links"][0] == {
        "url": "https://example.com/products/x?aff=9",
        "text": "here",
        "kind": "affiliate",
    }
    assert not any("<p>" in s["text"] for s in obj["sentences"])


def test_input_format_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("# Kratom\n\n- Kratom cures anxiety\n", "utf-8")
    assert invoke(["check", str(path), "--input-format", "markdown", "--format", "json"]) == 0
    texts = [s["text"] for s in json.loads(capsys.readouterr().out)["sentences"]]
    assert texts == ["Kratom", "Kratom cures anxiety"]


def test_html_report(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["check", str(doc), "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert html.startswith("<!doctype html>") and "</html>" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "DEP-04" in html


@pytest.mark.parametrize(
    "args",
    [
        ["check", "/no/such/file.txt"],
        ["check", "{doc}", "--format", "xml"],
        ["check", "{doc}", "--input-format", "pdf"],
        ["check", "{dir}"],
        ["check", "{binary}"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    args: list[str], doc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02kratom")
    argv = [a.format(doc=doc, dir=tmp_path, binary=binary) for a in args]
    assert invoke(argv) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert len(out.err.strip().splitlines()) == 1 and out.err.startswith("kratomwise: ")


def test_help_is_accurate(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(["check", "--help"]) == 0
    text = capsys.readouterr().out
    for word in ("--format", "--lines", "--input-format", "jsonl"):
        assert word in text
