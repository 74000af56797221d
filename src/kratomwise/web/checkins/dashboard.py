"""The check-ins section of the Today page."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.http import HttpRequest
from django.utils import timezone

from kratomwise.knowledge import resources as res
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.help.country import resolve_country

SHOWN = ("phq9", "gad7", "sows", "craving")  # in this order, the newest of each
SAFETY_WINDOW = timedelta(days=14)  # the PHQ-9's own recall period: "the last 2 weeks"


def _newest(
    user: Any, since: datetime
) -> tuple[list[InstrumentResponse], InstrumentResponse | None]:
    """The newest response of each instrument in SHOWN, and the newest PHQ-9 with its safety
    item positive taken since ``since``, in one round trip: rows are ranked within their
    instrument and, separately, within "recent positive PHQ-9"; the first of each group comes
    back. Plain SQL because compiling the ORM's window query cost more than running it."""
    table = connection.ops.quote_name(InstrumentResponse._meta.db_table)
    marks = ", ".join(["%s"] * len(SHOWN))
    recent_positive = "(instrument = 'phq9' AND safety_flag AND taken_at >= %s)"
    sql = (
        f"SELECT * FROM (SELECT *, {recent_positive} AS recent_positive, ROW_NUMBER() OVER "
        f"(PARTITION BY instrument, {recent_positive} ORDER BY taken_at DESC, id DESC) AS place "
        f"FROM {table} WHERE owner_id = %s AND instrument IN ({marks})) AS ranked WHERE place = 1"
    )
    when = connection.ops.adapt_datetimefield_value(since)
    rows = list(InstrumentResponse.objects.raw(sql, [when, when, user.pk, *SHOWN]))
    newest: dict[str, InstrumentResponse] = {}
    for row in sorted(rows, key=lambda r: (r.taken_at, r.pk), reverse=True):
        newest.setdefault(row.instrument, row)
    safety = next((row for row in rows if getattr(row, "recent_positive", False)), None)
    return [newest[key] for key in SHOWN if key in newest], safety


def today_section(request: HttpRequest) -> dict[str, Any] | None:
    if not request.user.is_authenticated:
        return None
    latest, recent_safety = _newest(request.user, timezone.now() - SAFETY_WINDOW)
    country, _how = resolve_country(request)
    return {
        "template": "checkins/_today.html",
        "latest": latest,
        "recent_safety": recent_safety,
        "country_name": res.country_name(country),
        "safety_lines": res.safety_lines(country) if recent_safety else [],
    }
