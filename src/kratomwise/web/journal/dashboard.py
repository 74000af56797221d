"""The journal section of the Today page: a quick log button and the latest signals."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from kratomwise.usage import thresholds
from kratomwise.web.journal.cached import page_analysis
from kratomwise.web.journal.models import Entry
from kratomwise.web.journal.services import signal_items

MAX_SIGNALS = 3


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    result = page_analysis(request.user)
    signals = signal_items(result.signals[:MAX_SIGNALS])
    return {
        "template": "journal/_today.html",
        "last": Entry.objects.filter(owner=request.user).first(),
        "signals": signals,
        "more": max(len(result.signals) - MAX_SIGNALS, 0),
        "result": result,
        "lookback": thresholds.LOOKBACK_DAYS,
    }
