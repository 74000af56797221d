"""The check-ins section of the Today page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from kratomwise.web.checkins.models import InstrumentResponse


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
        instrument="phq9", safety_flag=True, taken_at__gte=timezone.now() - timedelta(days=14)
    ).first()
    return {"template": "checkins/_today.html", "latest": latest, "recent_safety": recent_safety}
