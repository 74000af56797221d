"""Jurisdiction codes: parsing, normalising and checking them against ISO 3166 (pycountry).

Codes look like ``TH`` (country, ISO 3166-1 alpha-2), ``US-TX`` (first-level subdivision,
ISO 3166-2) and ``US-CO:denver`` (a county or city inside a subdivision: a lower-case slug
after a colon). Everything here is offline: pycountry ships the ISO tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from kratomwise.law.model import Level
from kratomwise.text import slug

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class ParsedCode:
    code: str
    country: str
    subdivision: str | None
    slug: str | None

    @property
    def level_hint(self) -> Level:
        """Level implied by the shape (a slug ending in ``-county`` is a county)."""
        if self.slug is not None:
            return Level.county if self.slug.endswith("-county") else Level.city
        if self.subdivision is not None:
            return Level.state
        return Level.country


def parse_code(text: str, *, strict: bool = False) -> ParsedCode | None:
    """Parse a jurisdiction code, or return None if ``text`` is not shaped like one.

    Without ``strict`` the case is normalised (``us-co:Denver`` → ``US-CO:denver``) and a
    local part is slugified. With ``strict`` the text must already be in canonical form.
    """
    raw = text.strip()
    base, sep, local = raw.partition(":")
    if not strict:
        base = base.upper()
        local = slug(local) if sep else ""
    if sep and not _SLUG.match(local):
        return None
    if _COUNTRY.match(base):
        if sep:
            return None
        return ParsedCode(base, base, None, None)
    if _SUBDIVISION.match(base):
        country = base[:2]
        code = f"{base}:{local}" if sep else base
        return ParsedCode(code, country, base, local if sep else None)
    return None


@cache
def _country(alpha_2: str) -> Any:
    return pycountry.countries.get(alpha_2=alpha_2)


@cache
def _subdivision(code: str) -> Any:
    return pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]


def is_country(alpha_2: str) -> bool:
    return _country(alpha_2) is not None


def is_subdivision(code: str) -> bool:
    return _subdivision(code) is not None


def country_name(alpha_2: str) -> str:
    """Short English name of a country ("Taiwan", not "Taiwan, Province of China")."""
    country = _country(alpha_2)
    if country is None:
        return alpha_2
    return str(getattr(country, "common_name", None) or country.name)


def subdivision_name(code: str) -> str:
    sub = _subdivision(code)
    return code if sub is None else str(sub.name)


def code_errors(code: str, level: str) -> list[str]:
    """Problems with a data-set code (canonical form, ISO validity, level matching shape)."""
    parsed = parse_code(code, strict=True)
    if parsed is None:
        return [f"code {code!r} is not CC, CC-SUB or CC-SUB:slug (upper-case ISO, lower-case slug)"]
    errors: list[str] = []
    if not is_country(parsed.country):
        errors.append(f"code {code!r}: {parsed.country!r} is not an ISO 3166-1 country code")
    if parsed.subdivision is not None and not is_subdivision(parsed.subdivision):
        errors.append(f"code {code!r}: {parsed.subdivision!r} is not an ISO 3166-2 subdivision")
    expected = {
        "country": parsed.subdivision is None,
        "state": parsed.subdivision is not None and parsed.slug is None,
        "county": parsed.slug is not None,
        "city": parsed.slug is not None,
    }
    if level in expected and not expected[level]:
        errors.append(f"code {code!r}: shape does not fit level {level!r}")
    return errors
