"""The README's commands work as written, --help lists every command, and the docs/ pages the
code cites exist (with the sections it names)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kratomwise.cli.main import app, invoke

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _cli_section_commands() -> list[str]:
    section = README[README.index("## Command line") : README.index("## Web app")]
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        for line in block.splitlines():
            command = line.split("#", 1)[0].strip()
            if command.startswith("kratomwise ") and ">" not in command:
                lines.append(command)
    return lines


RUNNABLE = [c for c in _cli_section_commands() if not re.search(r"path/to|page\.html", c)]


def test_readme_has_the_two_commands() -> None:
    assert "pip install . && kratomwise serve" in README
    assert 'pip install -e ".[test]" && python -m pytest' in README


@pytest.mark.parametrize("command", RUNNABLE)
def test_readme_command_runs(command: str, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    code = invoke(shlex.split(command)[1:])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip()


def test_help_lists_every_registered_command(capsys: pytest.CaptureFixture[str]) -> None:
    invoke(["--help"])
    out = capsys.readouterr().out
    names = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    assert names and all(name in out for name in names if name)


def test_every_command_has_help_text(capsys: pytest.CaptureFixture[str]) -> None:
    for command in app.registered_commands:
        assert command.help or (command.callback and command.callback.__doc__), command.name


def test_readme_and_docs_stand_on_their_own() -> None:
    """Nothing a reader needs lives outside the repository."""
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text, path.name
        for link in re.findall(r"\]\(([^)#]+)\)|`((?:docs|scripts|src)/[^`*<\s]+)`", text):
            target = link[0] or link[1]
            if not re.match(r"https?://", target):
                assert (ROOT / target).exists(), f"{path.name} links to missing {target}"


# --- docs/ cited by the code ------------------------------------------------------------------

SRC = ROOT / "src" / "kratomwise"
CITED = re.compile(r"\bdocs/([\w./-]+\.md)(?:\s*\(?(§[\d.]+(?:[,\s]+§[\d.]+)*))?")


def _citations() -> list[tuple[str, str, str]]:
    """(file in src, doc path, sections) for every ``docs/….md`` the package cites."""
    found = []
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in {".py", ".yaml", ".html", ".csv", ".txt"}:
            continue
        for match in CITED.finditer(path.read_text(encoding="utf-8")):
            found.append((str(path.relative_to(SRC)), match.group(1), match.group(2) or ""))
    return found


def test_the_code_cites_docs_in_the_repository() -> None:
    citations = _citations()
    assert any(doc == "instruments.md" for _file, doc, _sections in citations)
    for where, doc, _sections in citations:
        assert (ROOT / "docs" / doc).is_file(), f"{where} cites docs/{doc}, which does not exist"


def test_cited_sections_exist() -> None:
    for where, doc, sections in _citations():
        if not sections:
            continue
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        headings = {h.rstrip(".") for h in re.findall(r"^#+ ([\d.]+) ", text, re.M)}
        for section in re.findall(r"§([\d.]+)", sections):
            assert section.rstrip(".") in headings, f"{where} cites docs/{doc} §{section}"
