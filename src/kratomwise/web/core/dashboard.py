"""The Today page gathers a small section from each personal app that offers one.

An app offers a section with ``web/<app>/dashboard.py`` defining
``today_section(request) -> dict | None`` whose dict names its ``template``, and is listed in
``SECTION_APPS``.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kratomwise.web.checkins import dashboard as checkins
from kratomwise.web.journal import dashboard as journal
from kratomwise.web.taper import dashboard as taper

# Order on the page: what needs attention first.
SECTION_APPS = (checkins, taper, journal)


def dashboard_context(request: HttpRequest) -> dict[str, Any]:
    sections = []
    for module in SECTION_APPS:
        section = module.today_section(request)
        if section:
            sections.append(section)
    return {"sections": sections}
