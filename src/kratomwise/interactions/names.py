"""Names typed into one box, and how many are checked at a time: one rule for every shell.

``split_names("Xanax, beer;\\nLyrica")`` -> ``["Xanax", "beer", "Lyrica"]``. Text over a limit
is never cut short: the person is told (``NamesError``) and nothing is checked, so a name can
never silently drop out of a safety check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kratomwise.i18n import _
from kratomwise.text import collapse_spaces

MAX_NAMES = 25  # names checked at a time (a longer list is an error, never cut short)
MAX_NAME_LENGTH = 100  # characters in one name
MAX_TEXT_LENGTH = 2000  # characters in the whole box

_SEPARATORS = re.compile(r"[,;\n]+")
# Text that split_names always accepts, as one pattern the API publishes: a first name that is
# not blank, at most MAX_NAMES parts and MAX_NAME_LENGTH characters a part (with
# MAX_TEXT_LENGTH as the text's own limit).
NAMES_PATTERN = (
    rf"^\s*[^\s,;][^,;\n]{{0,{MAX_NAME_LENGTH - 1}}}"
    rf"(?:[,;\n][^,;\n]{{0,{MAX_NAME_LENGTH}}}){{0,{MAX_NAMES - 1}}}$"
)


class NamesError(ValueError):
    """The names cannot be checked as given; the message says why, in plain words."""


def clean_names(names: Iterable[str]) -> list[str]:
    """Names with spacing tidied, empty ones dropped and repeats (any letter case) merged,
    first spelling kept. Raises NamesError for a name over ``MAX_NAME_LENGTH`` characters
    or more than ``MAX_NAMES`` names."""
    given = [name for name in (collapse_spaces(raw) for raw in names) if name]
    if len(given) > MAX_NAMES:
        raise NamesError(
            _("At most {limit} names can be checked at a time; you gave {count}.").format(
                limit=MAX_NAMES, count=len(given)
            )
        )
    for name in given:
        if len(name) > MAX_NAME_LENGTH:
            raise NamesError(
                _("A name can be at most {limit} characters: {start}...").format(
                    limit=MAX_NAME_LENGTH, start=name[:20]
                )
            )
    unique: dict[str, str] = {}
    for name in given:
        unique.setdefault(name.casefold(), name)
    return list(unique.values())


def split_names(text: str) -> list[str]:
    """The names in ``text``, separated by commas, semicolons or new lines (see
    ``clean_names``). Raises NamesError when the text is over ``MAX_TEXT_LENGTH``
    characters."""
    if len(text) > MAX_TEXT_LENGTH:
        raise NamesError(
            _("The list is too long: at most {limit} characters, you gave {count}.").format(
                limit=MAX_TEXT_LENGTH, count=len(text)
            )
        )
    return clean_names(_SEPARATORS.split(text))
