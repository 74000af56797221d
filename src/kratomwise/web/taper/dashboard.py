"""Today page section: today's taper target and whether the plan is on hold."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kratomwise import taper as core
from kratomwise.web.taper import services


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    record = services.active_plan(request.user)
    if record is None:
        return None
    view = services.build_view(record, request.user)
    return {
        "template": "taper/_today.html",
        "taper_target": None if view.target is None else core.format_amount(view.target),
        "taper_unit": view.unit_label
        if view.target is None
        else core.unit_name(view.plan.settings.unit, view.target),
        "taper_held": view.pending_hold is not None,
        "taper_care_first": view.care_first,
    }
