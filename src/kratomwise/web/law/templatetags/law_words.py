"""Template filters of the law pages."""

from __future__ import annotations

from django import template

from kratomwise.law.model import status_word

register = template.Library()


@register.filter
def status_text(value: object) -> str:
    """A status or confidence value in the page's language (``row.kratom_status|status_text``)."""
    return status_word(str(value))
