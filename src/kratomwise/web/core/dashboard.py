"""The Today page gathers a small section from each personal app that offers one.

An app offers a section with ``web/<app>/dashboard.py`` defining
``today_section(request) -> dict | None`` whose dict names its ``template``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.http import HttpRequest

# Order on the page: what needs attention first.
SECTION_APPS = ("checkins", "taper", "journal")


def dashboard_context(request: HttpRequest) -> dict[str, Any]:
    sections = []
    for app in SECTION_APPS:
        try:
            module = import_module(f"kratomwise.web.{app}.dashboard")
        except ModuleNotFoundError:
            continue
        section = module.today_section(request)
        if section:
            sections.append(section)
    return {"sections": sections}
