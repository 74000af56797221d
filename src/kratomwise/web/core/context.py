"""Template context shared by every page: the main navigation and the data version."""

from __future__ import annotations

from functools import cache

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kratomwise import __version__
from kratomwise.sharing import MFA_ROLES
from kratomwise.web.core.cache import data_version
from kratomwise.web.programs.access import roles_of

NAVIGATION = (
    ("core:today", _("Today")),
    ("journal:index", _("Journal")),
    ("taper:index", _("Taper")),
    ("checkins:index", _("Check-ins")),
    ("interactions:index", _("Interactions")),
    ("law:index", _("Law")),
    ("evidence:index", _("Evidence")),
    ("checker:index", _("Check a text")),
)


@cache
def _nav_urls() -> tuple[str, ...]:
    # The URLs never change while the process runs: reverse them once, not on every page.
    return tuple(reverse(name) for name, _label in NAVIGATION)


def site(request: HttpRequest) -> dict[str, object]:
    nav = [
        {
            "url": url,
            "label": label,
            "current": request.path.startswith(url) and (url != "/" or request.path == "/"),
        }
        for url, (_name, label) in zip(_nav_urls(), NAVIGATION, strict=True)
    ]
    user = getattr(request, "user", None)
    is_reader = bool(user is not None and user.is_authenticated and roles_of(user) & MFA_ROLES)
    return {
        "is_reader": is_reader,
        "emergency_number": _emergency_number(request),
        "nav_items": nav,
        "kratomwise_version": __version__,
        "data_version": data_version(),
    }


def _emergency_number(request: HttpRequest) -> str:
    """The number the footer names: the page's country, else the person's (settings, else the
    browser's region); "" when unknown, and the footer then says "your local emergency number"."""
    from kratomwise.knowledge import resources as res
    from kratomwise.web.help.country import resolve_country

    # A page that names a country (the help page's ?country=) wins, so the two never disagree.
    country, _how = resolve_country(request, request.GET.get("country", "")[:20] or None)
    return res.emergency_number(country) if country else ""
