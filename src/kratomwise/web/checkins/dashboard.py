"""The check-ins section of the Today page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from kratomwise.knowledge import resources as res
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.help.country import resolve_country

SAFETY_WINDOW = timedelta(days=14)  # the PHQ-9's own recall period: "the last 2 weeks"


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    mine = InstrumentResponse.objects.filter(owner=request.user)
    latest = []
    for key in ("phq9", "gad7", "sows", "craving"):
        r = mine.filter(instrument=key).first()
        if r is not None:
            latest.append(r)
    recent_safety = mine.filter(
        instrument="phq9", safety_flag=True, taken_at__gte=timezone.now() - SAFETY_WINDOW
    ).first()
    country, _how = resolve_country(request)
    return {
        "template": "checkins/_today.html",
        "latest": latest,
        "recent_safety": recent_safety,
        "country_name": res.country_name(country),
        "safety_lines": res.safety_lines(country) if recent_safety else [],
    }
