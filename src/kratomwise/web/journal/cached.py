"""Each person's journal analysis, cached until anything it depends on changes.

The key holds everything an analysis reads: the journal stamp (moves on every write to the
person's entries, whatever the path: page, API, import, delete-all), the journal settings, the
time zone and local date, the language (dates inside explanations) and the packaged data version
(rules and the interaction table). A write therefore never needs to clear anything: the next
request simply asks for a new key. Works across worker processes, since the stamp lives in the
database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import connection
from django.utils.translation import get_language

from kratomwise import usage
from kratomwise.usage import thresholds
from kratomwise.web.core.cache import data_version
from kratomwise.web.core.language import buddhist_era
from kratomwise.web.journal.models import Entry, JournalSettings
from kratomwise.web.journal.services import analysis_for, local_today, page_date, user_tz

# The windows the journal pages draw: daily charts and the 12-week calendar.
CHART_DAYS = 28
HEAT_WEEKS = 12
#: Pages keep the days of this many recent days (every chart and the look-back fit in it).
PAGE_DAYS = max(CHART_DAYS, 7 * HEAT_WEEKS, thresholds.LOOKBACK_DAYS)
T = TypeVar("T")
TIMEOUT = 24 * 60 * 60  # the key holds the date, so a day is the longest a value is useful


def journal_stamp(user: Any) -> str:
    """Changes with every write to the person's entries. A new entry has the highest id; a
    changed one (soft deletes and restores included) the newest ``updated_at``, since
    ``Entry.save`` always sets it. Live entries leave only by a soft delete or by
    ``services.delete_all``, which empties the journal. One round trip of two index seeks,
    whatever the journal's length (a count, or both maxima in one SELECT, reads every row on
    SQLite); plain SQL because building the ORM query cost more than running it."""
    table = connection.ops.quote_name(Entry._meta.db_table)
    sql = (
        f"SELECT (SELECT MAX(id) FROM {table} WHERE owner_id = %s),"
        f" (SELECT MAX(updated_at) FROM {table} WHERE owner_id = %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, user.pk])
        top, newest = cursor.fetchone()
    return f"{top}|{newest}"


def _key(kind: str, user: Any, settings: usage.Settings) -> str:
    parts = (
        kind,
        str(user.pk),
        journal_stamp(user),
        repr(settings),
        str(user_tz(user)),
        local_today(user).isoformat(),
        get_language() or "",
        str(buddhist_era()),  # explanations write dates with the person's years
        data_version(),
    )
    return f"journal-analysis:{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:40]}"


def remember(
    user: Any, kind: str, build: Callable[[], T], settings: JournalSettings | None = None
) -> T:
    """``build()``'s value for the person's journal as it is now, computed once and cached
    until the journal, its settings, the day, the language or the packaged data change.
    ``kind`` names what is built (one key per kind)."""
    core_settings = (settings or JournalSettings.for_user(user)).to_core()
    key = _key(kind, user, core_settings)
    found: T | None = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, TIMEOUT)
    return found


@dataclasses.dataclass(frozen=True, slots=True)
class PageAnalysis(usage.Analysis):
    """An analysis cut to what pages draw: ``days`` and ``used`` keep only the last
    ``PAGE_DAYS`` days (and any later ones); counts, streaks and signals still cover every
    entry. Small whatever the journal's length, so the cache reads it back fast. Its
    ``series()`` and ``as_dict()`` cover only those days: the API builds its own."""

    all_days_used: int = 0

    @property
    def days_used(self) -> int:
        return self.all_days_used


def build_page_analysis(user: Any) -> PageAnalysis:
    """A new :class:`PageAnalysis` of the person's journal (uncached: see ``page_analysis``)."""
    full = analysis_for(user, page_date)
    start = full.today - dt.timedelta(days=PAGE_DAYS - 1)
    fields = {f.name: getattr(full, f.name) for f in dataclasses.fields(full)}
    fields["days"] = {day: totals for day, totals in full.days.items() if day >= start}
    fields["used"] = tuple(day for day in full.used if day >= start)
    return PageAnalysis(**fields, all_days_used=full.days_used)


def page_analysis(user: Any, settings: JournalSettings | None = None) -> PageAnalysis:
    """The analysis the journal and Today pages show (dates in the page's format), cached."""
    return remember(user, "page", lambda: build_page_analysis(user), settings)
