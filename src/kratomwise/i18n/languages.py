"""The languages kratomwise speaks: the one list every part reads (settings, CLI, catalogues)."""

from __future__ import annotations

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
