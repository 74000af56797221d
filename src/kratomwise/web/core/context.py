"""Template context shared by every page: navigation and the site's dates."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from kratomwise import __version__

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


def site(request: HttpRequest) -> dict[str, object]:
    from django.urls import NoReverseMatch, reverse

    nav = []
    for name, label in NAVIGATION:
        try:
            url = reverse(name)
        except NoReverseMatch:  # a section not built yet stays out of the menu
            continue
        nav.append(
            {
                "url": url,
                "label": label,
                "current": request.path.startswith(url) and (url != "/" or request.path == "/"),
            }
        )
    return {"nav_items": nav, "kratomwise_version": __version__}
