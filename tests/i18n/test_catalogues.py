"""Catalogues are compiled from the .po sources on first use, in pure Python, atomically."""

from __future__ import annotations

import gettext
import subprocess
import sys
from pathlib import Path

import pytest

from kratomwise.i18n import catalogues
from kratomwise.i18n.catalogues import compile_po, compiled_dir

ROOT = Path(__file__).resolve().parents[2]
PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "Hello"
msgstr "{hello}"

#, fuzzy
msgid "Maybe"
msgstr "Peut-être"
"""


def _source(root: Path, hello: str = "สวัสดี") -> Path:
    folder = root / "src" / "th" / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "django.po").write_text(PO.replace("{hello}", hello), encoding="utf-8")
    return root / "src"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(catalogues.CACHE_ENV, str(tmp_path / "cache"))
    compiled_dir.cache_clear()
    yield tmp_path / "cache"
    compiled_dir.cache_clear()


def test_compiles_into_the_cache_under_the_sources_hash(tmp_path: Path, cache: Path) -> None:
    source = _source(tmp_path)
    compiled = compiled_dir(source)
    assert compiled.parent == cache / "locale"
    found = gettext.translation("django", compiled, ["th"])
    assert found.gettext("Hello") == "สวัสดี"
    assert found.gettext("Maybe") == "Maybe"  # fuzzy entries are left out, as msgfmt does
    assert [p.name for p in compiled.parent.iterdir()] == [compiled.name]  # no leftovers


def test_an_edited_catalogue_compiles_into_a_new_folder(tmp_path: Path, cache: Path) -> None:
    first = compiled_dir(_source(tmp_path))
    compiled_dir.cache_clear()
    second = compiled_dir(_source(tmp_path, hello="หวัดดี"))
    assert first != second
    assert gettext.translation("django", second, ["th"]).gettext("Hello") == "หวัดดี"


def test_an_existing_folder_is_reused_not_rebuilt(tmp_path: Path, cache: Path) -> None:
    source = _source(tmp_path)
    compiled = compiled_dir(source)
    marker = compiled / "kept"
    marker.write_text("", encoding="utf-8")
    compiled_dir.cache_clear()
    assert compiled_dir(source) == compiled
    assert marker.exists()


def test_a_lost_race_keeps_the_other_process_catalogues(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path)
    real_compile = catalogues.compile_po

    def racing(po: Path, mo: Path) -> None:
        real_compile(po, mo)
        target = cache / "locale" / catalogues._digest(source, catalogues._sources(source))
        if not target.exists():  # another process finishes first
            target.mkdir(parents=True)
            (target / "theirs").write_text("", encoding="utf-8")

    monkeypatch.setattr(catalogues, "compile_po", racing)
    compiled = compiled_dir(source)
    assert (compiled / "theirs").exists()
    assert [p.name for p in compiled.parent.iterdir()] == [compiled.name]


def test_compile_po_prints_nothing_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    po = tmp_path / "bad.po"
    po.write_text(
        PO + '\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "a"\nmsgstr[1] "b"\n',
        encoding="utf-8",
    )
    compile_po(po, tmp_path / "bad.mo")
    assert capsys.readouterr().out == ""  # babel's warnings would corrupt CLI JSON


def test_no_compiled_catalogue_is_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.mo"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked == []
    assert "*.mo" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_a_fresh_process_compiles_without_gnu_gettext(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kratomwise.i18n import use_language, _\n"
        "with use_language('th'):\n"
        "    sys.stdout.write(_('Get help now'))\n"
    )
    env = {"KRATOMWISE_CACHE_DIR": str(tmp_path), "PATH": "/nonexistent"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout  # English until the catalogue is translated, never an error
    assert list((tmp_path / "locale").iterdir())
