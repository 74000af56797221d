"""Plain-text helpers shared by the core: one way to fold, normalise and split text into words.

``fold`` is the base of every comparison of typed text with packaged names: case folded,
accents removed ("Côte" -> "cote"), the few Latin letters with no decomposition spelled out
("ø" -> "o", "æ" -> "ae") and typographic quotes made plain. ``normalise`` then reduces
punctuation to single spaces, ``words`` splits into searchable words and ``slug`` makes a
code-safe form ("St. Charles County" -> "st-charles-county").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters NFKD does not decompose, and quotes people type from phones and word processors.
_SPELLED_OUT = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "\u2019": "'",
        "\u2018": "'",
    }
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def collapse_spaces(text: str) -> str:
    """Runs of white space (spaces, tabs, new lines) become one space; ends trimmed."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """Case-folded text without accents; punctuation and spacing are left as they are."""
    if text.isascii():  # most names: nothing to decompose or spell out
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_SPELLED_OUT)


def normalise(text: str, keep: str = "") -> str:
    """``fold`` with every run of characters other than a-z, 0-9 (and those in ``keep``)
    made one space: "Kuala  Lumpur!" -> "kuala lumpur"."""
    return collapse_spaces(_other_than(keep).sub(" ", fold(text)))


@cache
def _other_than(keep: str) -> re.Pattern[str]:
    return re.compile(f"[^a-z0-9{re.escape(keep)}]+")


def words(text: str) -> list[str]:
    """The words of ``text`` in order, folded; a hyphenated compound ("7-oh", "long-term")
    is one word."""
    return _WORD.findall(fold(text))


def slug(text: str) -> str:
    """Folded letters and digits joined by hyphens: "Castle Rock" -> "castle-rock"."""
    return "-".join(normalise(text).split())
