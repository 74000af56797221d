"""Every user-facing string in the templates is marked for translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kratomwise"
TEMPLATES = sorted(p for p in PACKAGE.rglob("templates/**/*.html"))

_REMOVE = [
    re.compile(r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}", re.S),
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"<(script|style|code|kbd|samp)\b.*?</\1>", re.S | re.I),  # code is not language
    re.compile(r"{#.*?#}", re.S),
    re.compile(r"{%.*?%}", re.S),
    re.compile(r"{{.*?}}", re.S),
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"<[^>]*>", re.S),
    re.compile(r"&[a-z]+;|&#\d+;"),
]
# Words that are names, not language.
ALLOWED = {"kratomwise", "API", "SVG", "JSON", "CSV", "FHIR", "PDF", "iCal", "ICS", "HL7", "7-OH"}


def _untranslated(text: str) -> list[str]:
    for pattern in _REMOVE:
        text = pattern.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]+", text)
    return [w for w in words if w not in ALLOWED]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_template_text_is_marked_for_translation(path: Path) -> None:
    loose = _untranslated(path.read_text(encoding="utf-8"))
    assert not loose, f"unmarked text in {path.relative_to(PACKAGE)}: {loose[:10]}"
