"""A page title is plain text: no markup may end up inside a template's title block."""

from __future__ import annotations

import re
from pathlib import Path

import kratomwise

TEMPLATES = Path(kratomwise.__file__).parent / "web"
TITLE = re.compile(r"{% block title %}(.*?){% endblock %}", re.S)


def test_title_blocks_hold_no_markup() -> None:
    found = 0
    bad = []
    for path in TEMPLATES.rglob("*.html"):
        for block in TITLE.findall(path.read_text(encoding="utf-8")):
            found += 1
            if "<" in block or "\n" in block.strip():
                bad.append(str(path.relative_to(TEMPLATES)))
    assert found > 20
    assert bad == []
