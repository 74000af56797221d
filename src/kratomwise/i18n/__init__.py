"""Translation for the pure core: lazy, per request or CLI call, with no Django import.

The active language lives in a :class:`contextvars.ContextVar`, so each web request (the web
shell's middleware sets it from Django's active language), each CLI call (``--lang``) and each
``with use_language("th"):`` block speaks its own language. ``_()`` translates at the moment it
is called, with the standard library's gettext reading the package's compiled catalogues
(domain ``django`` for code and templates, then ``data`` for the packaged data texts).

Texts defined at import time (module constants, dataclass fields, data files) are marked with
``N_()``, which returns the English text unchanged, and translated with ``_()`` where they are
shown. Code never compares translated text: it tests ids, flags and enums.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from functools import cache
from pathlib import Path

from kratomwise.i18n.catalogues import DOMAINS, SOURCE_DIR, compiled_dir
from kratomwise.i18n.languages import (
    CODES,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    TRANSLATED,
    UnknownLanguage,
    language_from_environment,
    match_language,
    parse_language,
)

__all__ = [
    "CODES",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "TRANSLATED",
    "Translated",
    "UnknownLanguage",
    "_",
    "get_language",
    "language_from_environment",
    "match_language",
    "ngettext",
    "parse_language",
    "reset_language",
    "set_language",
    "use_catalogues",
    "use_language",
]

_language: ContextVar[str] = ContextVar("kratomwise_language", default=DEFAULT_LANGUAGE)
# The .po folder the core reads: the packaged one, or a test's fixture (use_catalogues).
_source: list[Path] = [SOURCE_DIR]


def get_language() -> str:
    """The language core texts are translated into right now."""
    return _language.get()


def set_language(code: str) -> Token[str]:
    """Make ``code`` (a supported code or locale name; others mean English) the active language
    until the returned token is given to :func:`reset_language` (shells: per request or call)."""
    return _language.set(match_language(code) or DEFAULT_LANGUAGE)


def reset_language(token: Token[str]) -> None:
    _language.reset(token)


@contextmanager
def use_language(code: str) -> Iterator[str]:
    """Translate core texts into ``code`` inside the block (unknown codes are an error)."""
    token = _language.set(parse_language(code))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


@contextmanager
def use_catalogues(source: Path) -> Iterator[Path]:
    """Read catalogues from another ``.po`` folder inside the block (tests' fixture catalogues);
    yields the compiled folder, which a Django test puts in ``LOCALE_PATHS``."""
    previous = _source[0]
    _source[0] = source
    try:
        yield compiled_dir(source)
    finally:
        _source[0] = previous


@cache
def _translations(language: str, localedir: Path) -> _gettext.NullTranslations:
    chain = _gettext.NullTranslations()
    for domain in reversed(DOMAINS):
        found = _gettext.translation(domain, localedir, [language], fallback=True)
        found.add_fallback(chain)
        chain = found
    return chain


def _active() -> _gettext.NullTranslations | None:
    language = _language.get()
    if language == DEFAULT_LANGUAGE:
        return None
    return _translations(language, compiled_dir(_source[0]))


def _(message: str) -> str:
    """``message`` in the active language (English when there is no translation)."""
    active = _active()
    if active is None or not message:  # gettext("") is the catalogue header, not a text
        return message
    return active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things, in the active language."""
    active = _active()
    if active is None:
        return singular if n == 1 else plural
    return active.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a text defined at import time; translate it with ``_()`` where it is shown."""
    return message


class Translated(Mapping[str, str]):
    """Texts by key, kept as English msgids and translated each time one is read."""

    def __init__(self, msgids: Mapping[str, str]) -> None:
        self._msgids = dict(msgids)

    def __getitem__(self, key: str) -> str:
        return _(self._msgids[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._msgids)

    def __len__(self) -> int:
        return len(self._msgids)

    def msgid(self, key: str) -> str:
        """The English source text of ``key``."""
        return self._msgids[key]
