"""CSV cells that a spreadsheet cannot run: every CSV export writes through :func:`writer`.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be taken for a
formula by a spreadsheet; such a cell is written with a leading apostrophe, which spreadsheets
show as text. So that kratomwise reads its own exports back exactly, a cell that already starts
with an apostrophe gets one more, and :func:`read_cell` removes exactly one on import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith((*TRIGGERS, QUOTE)):
        return QUOTE + text
    return text


def read_cell(text: str) -> str:
    """The cell as it was before :func:`safe_cell` (one leading apostrophe removed)."""
    return text[1:] if text.startswith(QUOTE) else text


class SafeWriter:
    """``csv.writer`` whose rows pass through :func:`safe_cell`."""

    def __init__(self, out: TextIO, **options: Any) -> None:
        self._writer = csv.writer(out, **options)

    def writerow(self, row: Iterable[object]) -> Any:
        return self._writer.writerow([safe_cell(cell) for cell in row])


def writer(out: TextIO, **options: Any) -> SafeWriter:
    return SafeWriter(out, **options)
