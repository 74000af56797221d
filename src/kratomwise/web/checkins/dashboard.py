"""The check-ins section of the Today page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.http import HttpRequest
from django.utils import timezone

from kratomwise.knowledge import resources as res
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.help.country import resolve_country

SHOWN = ("phq9", "gad7", "sows", "craving")  # in this order, the newest of each
SAFETY_WINDOW = timedelta(days=14)  # the PHQ-9's own recall period: "the last 2 weeks"


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    mine = InstrumentResponse.objects.filter(owner=request.user)
    # The newest response of each instrument in one query (rank 1 within its instrument).
    newest = Window(
        RowNumber(), partition_by=F("instrument"), order_by=[F("taken_at").desc(), F("id").desc()]
    )
    found = {
        r.instrument: r
        for r in mine.filter(instrument__in=SHOWN).annotate(rank=newest).filter(rank=1)
    }
    latest = [found[key] for key in SHOWN if key in found]
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
