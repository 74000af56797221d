"""Compiled message catalogues, made from the packaged ``.po`` files on first use.

The ``.po`` sources ship in ``kratomwise/locale/<lang>/LC_MESSAGES/{django,data}.po``; binaries
are never committed. The first run compiles them with Babel (pure Python: no GNU gettext at
install or run time) into the user cache directory, under a folder named by a hash of the
sources, so an upgrade or an edited catalogue compiles once and every later start reuses it.
The folder is built beside its final name and renamed into place, so two processes starting at
once never see half a catalogue.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import platformdirs

SOURCE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAINS = ("django", "data")  # looked up in this order: code and templates, then data texts
CACHE_ENV = "KRATOMWISE_CACHE_DIR"


def cache_root() -> Path:
    """Where compiled catalogues go (``KRATOMWISE_CACHE_DIR`` overrides the user cache dir)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("kratomwise"))


def _sources(source: Path) -> list[Path]:
    return sorted(source.glob("*/LC_MESSAGES/*.po"))


def _digest(source: Path, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(source).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def compile_po(po: Path, mo: Path) -> None:
    """Compile one ``.po`` file to ``.mo``; fuzzy entries are left out, as msgfmt does."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    # Babel prints its parse warnings on stdout, which is the CLI's JSON channel: the catalogue
    # tests report such problems instead.
    with po.open("rb") as handle, contextlib.redirect_stdout(io.StringIO()):
        catalog = read_po(handle)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)


@cache
def compiled_dir(source: Path = SOURCE_DIR) -> Path:
    """The folder of compiled catalogues for ``source`` (a gettext ``localedir``), built once."""
    files = _sources(source)
    target = cache_root() / "locale" / _digest(source, files)
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=target.parent, prefix=".building-"))
    try:
        for po in files:
            compile_po(po, building / po.relative_to(source).with_suffix(".mo"))
        try:
            building.rename(target)
        except OSError:
            if not target.is_dir():  # not a lost race with another process: a real failure
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target
