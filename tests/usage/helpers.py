"""Small builders for journal entries in tests."""

from __future__ import annotations

import datetime as dt

from kratomwise.usage import Entry

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
