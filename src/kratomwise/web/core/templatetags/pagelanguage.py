"""Template builtins for the page language: the ``date`` filter, with Buddhist-era years for a
person who chose them on a Thai page, and ``in_english`` for text that stays English.

Django formats dates in the page language (Thai month names, Spanish order) with Gregorian
years. Loaded as a template builtin (settings.TEMPLATES), this filter replaces Django's own
``date`` everywhere: for a person who chose the Buddhist era, ``Y`` and ``y`` print the year plus
543; machine formats (``c``, ``r``, ``U``) and everyone else's pages are Django's unchanged.
"""

from __future__ import annotations

import datetime as dt

from django import template
from django.template.defaultfilters import date as django_date
from django.utils.formats import get_format
from django.utils.html import format_html

from kratomwise.web.core.language import BUDDHIST_ERA_OFFSET, buddhist_era

register = template.Library()
MACHINE_FORMATS = frozenset({"c", "r", "U"})


def buddhist_format(fmt: str, year: int) -> str:
    """``fmt`` with its year characters replaced by the Buddhist-era year as literal digits."""
    digits = str(year + BUDDHIST_ERA_OFFSET)
    out: list[str] = []
    escaped = False
    for char in fmt:
        if escaped:
            out.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "Yy":
            out.append("".join("\\" + d for d in (digits if char == "Y" else digits[-2:])))
        else:
            out.append(char)
    return "".join(out)


def era_format(fmt: str, value: dt.date) -> str:
    """The format to give Django for ``value``: a named format (``DATE_FORMAT``) resolved in the
    page language, with Buddhist-era years when the person chose them."""
    if fmt in MACHINE_FORMATS:
        return fmt
    resolved = str(get_format(fmt))  # "DATE_FORMAT" -> "j F Y"; a literal format is kept
    return buddhist_format(resolved, value.year) if buddhist_era() else resolved


@register.filter(expects_localtime=True, is_safe=False)
def date(value: dt.date | str | None, arg: str | None = None) -> str:
    if not isinstance(value, dt.date):
        return django_date(value, arg)
    return django_date(value, era_format(arg or "DATE_FORMAT", value))


@register.filter(is_safe=True)
def in_english(value: object) -> str:
    """``value`` (escaped) marked as English inside a page in another language: citations,
    verbatim texts and data that has no translation (screen readers switch voice)."""
    return format_html('<span lang="en">{}</span>', value)
