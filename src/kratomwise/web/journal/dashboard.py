"""The journal section of the Today page: a quick log button and the latest signals."""

from __future__ import annotations

import dataclasses
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from kratomwise.usage import thresholds
from kratomwise.web.journal.cached import page_analysis, remember
from kratomwise.web.journal.models import Entry
from kratomwise.web.journal.services import signal_items

MAX_SIGNALS = 3


@dataclasses.dataclass(frozen=True, slots=True)
class TodayParts:
    """The section's parts that change only with the journal, cached like the journal page's."""

    days_since_last_use: int | None
    shown: tuple[str, ...]  # codes of the signals shown, newest first
    signals_html: SafeString  # those signals rendered
    more: int  # signals left out
    last_what: str  # what "Repeat last" logs, or "" with no entries


def _today_parts(user: Any) -> TodayParts:
    result = page_analysis(user)
    shown = result.signals[:MAX_SIGNALS]
    context = {
        "signals": signal_items(shown),
        "lookback": thresholds.LOOKBACK_DAYS,
    }
    last = Entry.objects.filter(owner=user).first()
    return TodayParts(
        days_since_last_use=result.days_since_last_use,
        shown=tuple(signal.code for signal in shown),
        signals_html=mark_safe(render_to_string("journal/_signals.html", context)),
        more=max(len(result.signals) - MAX_SIGNALS, 0),
        last_what=last.describe() if last else "",
    )


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    user = request.user
    parts = remember(user, "today", lambda: _today_parts(user))
    return {"template": "journal/_today.html", "parts": parts}
