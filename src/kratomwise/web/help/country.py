"""Which country's help lines to show: the page's choice, the person's settings, the browser's
language region, else the international lines."""

from __future__ import annotations

from django.http import HttpRequest

from kratomwise.i18n.countries import country_name
from kratomwise.knowledge import resources as res


def _valid(code: str | None) -> str | None:
    try:
        return res.normalize_country(code)
    except res.ResourceError:
        return None


def region_from_accept_language(header: str) -> str | None:
    """The first region in an Accept-Language header (by preference), e.g. "en-GB" → "GB"."""
    weighted: list[tuple[float, int, str]] = []
    for index, piece in enumerate(header[:500].split(",")):
        tag, _sep, params = piece.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if tag:
            weighted.append((-quality, index, tag.strip()))
    for _q, _i, tag in sorted(weighted):
        parts = tag.replace("_", "-").split("-")
        for part in parts[1:]:
            if len(part) == 2 and part.isalpha():
                code = _valid(part)
                if code:
                    return code
    return None


def resolve_country(request: HttpRequest, explicit: str | None = None) -> tuple[str | None, str]:
    """(ISO code or None for international, how it was chosen: page|settings|browser|default)."""
    if explicit is not None and explicit.strip():
        value = explicit.strip().upper()
        if value in ("ZZ", "INTL", "INTERNATIONAL"):
            return None, "page"
        code = _valid(value)
        if code:
            return code, "page"
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        code = _valid(getattr(user, "country", "") or None)
        if code:
            return code, "settings"
    code = region_from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
    if code:
        return code, "browser"
    return None, "default"


def country_choices() -> list[tuple[str, str]]:
    """Countries with their own lines (named and ordered in the page language), then the
    international fallback."""
    named = sorted(((c, country_name(c, name)) for c, name in res.countries()), key=_by_name)
    return [*named, ("ZZ", res.country_name(None))]


def _by_name(choice: tuple[str, str]) -> str:
    return choice[1].casefold()
