"""Small builders for journal entries in tests."""

from __future__ import annotations

import datetime as dt

from kratomwise.knowledge import has_fact
from kratomwise.usage import Entry, Settings, Signal, analyze
from kratomwise.usage import thresholds as t

TODAY = dt.date(2026, 6, 30)
TZ = dt.timezone(dt.timedelta(hours=2))


def day(offset: int) -> dt.date:
    """The date ``offset`` days before TODAY (0 = TODAY)."""
    return TODAY - dt.timedelta(days=offset)


def use(
    when: dt.date,
    amount: float = 3.0,
    unit: str = "g",
    substance: str = "kratom",
    form: str = "leaf_powder",
    hour: int = 9,
    **extra: object,
) -> Entry:
    taken = dt.datetime(when.year, when.month, when.day, hour, 0, tzinfo=TZ)
    return Entry(taken, substance, form, amount, unit, **extra)  # type: ignore[arg-type]


def daily_series(amounts: list[float], end: dt.date = TODAY) -> list[Entry]:
    """One leaf entry per day, the last amount on ``end``."""
    start = end - dt.timedelta(days=len(amounts) - 1)
    return [use(start + dt.timedelta(days=k), a) for k, a in enumerate(amounts) if a > 0]


def codes(entries, settings=None, checker=None) -> dict[str, Signal]:  # type: ignore[no-untyped-def]
    """The signals of ``entries`` by code, each checked for a level, existing facts, dates and
    an explanation."""
    result = analyze(entries, settings or Settings(), TODAY, checker=checker)
    for s in result.signals:
        assert s.level in t.LEVELS
        assert s.fact_ids and all(has_fact(i) for i in s.fact_ids)
        assert s.start <= s.end
        assert s.explanation
    return {s.code: s for s in result.signals}
