"""Country names in the active language, from the Unicode CLDR data that ships with Babel.

The packaged data names countries in English; a Thai page says "ไทย", a Spanish one
"Tailandia". English keeps the data's own names.
"""

from __future__ import annotations

from functools import lru_cache

from kratomwise.i18n import DEFAULT_LANGUAGE, get_language


@lru_cache(maxsize=4096)
def _territory(code: str, language: str) -> str | None:
    from babel import Locale

    name = Locale.parse(language).territories.get(code)
    return str(name) if name else None


def country_name(code: str, english: str, language: str | None = None) -> str:
    """The name of country ``code`` (ISO alpha-2) in ``language`` (default: the active one);
    ``english`` (the data's name) in English and for a code CLDR does not know."""
    language = language or get_language()
    if language == DEFAULT_LANGUAGE:
        return english
    return _territory(code.strip().upper(), language) or english
