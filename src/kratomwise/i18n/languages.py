"""The languages kratomwise speaks: the one list every part reads (settings, CLI, catalogues)."""

from __future__ import annotations

from collections.abc import Mapping

# (code, name in its own language), English first: English is the default and the source text.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("th", "ไทย"),
    ("ms", "Bahasa Melayu"),
    ("id", "Bahasa Indonesia"),
    ("es", "Español"),
)
DEFAULT_LANGUAGE = "en"
CODES: tuple[str, ...] = tuple(code for code, _name in LANGUAGES)
# The languages with catalogues (everything but the source language).
TRANSLATED: tuple[str, ...] = tuple(code for code in CODES if code != DEFAULT_LANGUAGE)
# Countries whose law summaries and crisis-line notes are translated, by language: the
# countries where that language is the main one and the data has rows for them.
COUNTRIES_FOR_LANGUAGE: dict[str, tuple[str, ...]] = {
    "th": ("TH",),
    "ms": ("MY",),
    "id": ("ID",),
    "es": ("ES", "MX"),
}
LOCAL_COUNTRIES = frozenset(c for codes in COUNTRIES_FOR_LANGUAGE.values() for c in codes)
# Locale names that carry no language ("C", "POSIX"): they mean "the default".
_NEUTRAL_LOCALES = {"c", "posix"}


class UnknownLanguage(ValueError):
    """A language code kratomwise has no catalogue for."""

    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(f"unknown language {value!r}; choose one of: {', '.join(CODES)}")


def match_language(value: str) -> str | None:
    """The supported language a code or locale names, or None.

    ``th``, ``th-TH``, ``th_TH.UTF-8`` and ``TH`` give ``th``; ``es-MX`` gives ``es``;
    ``C``, ``POSIX``, an empty value and unsupported languages give None.
    """
    text = value.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-").lower()
    primary = text.split("-", 1)[0]
    if not primary or primary in _NEUTRAL_LOCALES:
        return None
    return primary if primary in CODES else None


def parse_language(value: str) -> str:
    """Like :func:`match_language`, for a code a person typed: unknown ones are an error."""
    found = match_language(value)
    if found is None:
        raise UnknownLanguage(value)
    return found


LANGUAGE_ENV = "KRATOMWISE_LANG"
# POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The CLI's language when no ``--lang`` is given: ``KRATOMWISE_LANG`` (an unknown code is
    an error), else the locale (``th_TH.UTF-8`` gives ``th``; a locale kratomwise does not
    speak gives English), else English."""
    chosen = environ.get(LANGUAGE_ENV, "").strip()
    if chosen:
        return parse_language(chosen)
    for name in LOCALE_ENV:
        value = environ.get(name, "").strip()
        if value:  # the first locale variable that is set decides, as for every program
            return match_language(value) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
