"""The full analysis of a journal: totals, counts and signals in one value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from kratomwise.dates import check_date
from kratomwise.shapes import Shaped
from kratomwise.usage import signals as sig
from kratomwise.usage.daily import (
    Day,
    calendar,
    daily_totals,
    days_used_per_week,
    run_length,
    streaks,
    used_days,
)
from kratomwise.usage.model import Entry, Settings
from kratomwise.usage.polydrug import Checker, default_checker
from kratomwise.usage.signals import Signal
from kratomwise.usage.thresholds import LEVELS


class _DefaultChecker:
    """Marks "not given": use the packaged interaction checker (``None`` means no checker)."""


_USE_DEFAULT_CHECKER = _DefaultChecker()


@dataclass(frozen=True, slots=True)
class Analysis(Shaped):
    """``as_dict()`` is the object ``kratomwise analyze --format json`` prints."""

    JSON: ClassVar[str] = "entries first_day last_day days_used daily signals"

    today: dt.date
    entries: int
    first_day: dt.date | None
    last_day: dt.date | None
    days: dict[dt.date, Day]
    used: tuple[dt.date, ...]  # sorted days with kratom or 7-OH use
    longest_streak: tuple[dt.date, dt.date] | None
    current_streak: int  # consecutive days of use ending today or yesterday
    days_since_last_use: int | None
    signals: tuple[Signal, ...]

    @property
    def days_used(self) -> int:
        return len(self.used)

    @property
    def longest_streak_days(self) -> int:
        return run_length(self.longest_streak) if self.longest_streak else 0

    @property
    def daily(self) -> list[Day]:
        return self.series()

    def series(self) -> list[Day]:
        """The days that have entries, oldest first (days without entries are left out, so the
        cost follows the number of entries, not the span of dates)."""
        return [self.days[d] for d in sorted(self.days)]

    def recent(self, n_days: int) -> list[Day]:
        """The ``n_days`` calendar days ending today, empty days included."""
        start = self.today - dt.timedelta(days=n_days - 1)
        return [self.days.get(d) or Day(d) for d in calendar(start, self.today)]

    def days_used_per_week(self, weeks: int = 4) -> list[int]:
        return days_used_per_week(self.used, self.today, weeks)

    def unit_totals(self, n_days: int | None = None) -> dict[str, float]:
        """Totals per comparable unit, over everything or the last ``n_days``."""
        start = self.today - dt.timedelta(days=n_days - 1) if n_days else dt.date.min
        totals: dict[str, float] = {}
        for d, day in self.days.items():
            if start <= d <= self.today or n_days is None:
                for key, amount in day.amounts.items():
                    totals[key] = totals.get(key, 0.0) + amount
        return totals


def analyze(
    entries: Iterable[Entry],
    settings: Settings | None = None,
    today: dt.date | None = None,
    checker: Checker | _DefaultChecker | None = _USE_DEFAULT_CHECKER,
    date_text: sig.DateText = sig.ISO,
) -> Analysis:
    """Analyse ``entries``. ``today`` defaults to the current date; ``checker`` to the
    interaction checker (pass ``None`` to use the facts-only level); ``date_text`` writes the
    dates inside explanations (ISO unless a page passes the person's format). A ``today``
    outside the accepted dates raises :class:`kratomwise.dates.DateRangeError`."""
    settings = settings or Settings()
    today = check_date(today or dt.date.today())
    if isinstance(checker, _DefaultChecker):
        checker = default_checker()
    entries = list(entries)
    days = daily_totals(entries, settings.grams_per_capsule)
    used = used_days(days)
    runs = streaks(used)
    longest = max(runs, key=lambda r: (run_length(r), r[1])) if runs else None
    current = 0
    if runs and runs[-1][1] >= today - dt.timedelta(days=1) and runs[-1][1] <= today:
        current = run_length(runs[-1])
    past = [d for d in used if d <= today]
    since = (today - past[-1]).days if past else None

    found: list[Signal | None] = [
        sig.seven_oh_use(days, today),
        sig.escalating_amount(days, today),
        sig.increasing_frequency(days, today),
        sig.daily_use(used, today, date_text),
        sig.many_uses(days, today, date_text),
        sig.use_after_break(used, today, date_text),
    ]
    found.extend(sig.polydrug_days(days, today, checker, date_text))
    found.extend(sig.limit_exceeded(days, used, today, settings.limits, date_text))
    ordered = sorted(
        (s for s in found if s is not None),
        key=lambda s: (-LEVELS.index(s.level), sig.CODES.index(s.code), s.start),
    )
    return Analysis(
        today=today,
        entries=len(entries),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
        days=days,
        used=tuple(used),
        longest_streak=longest,
        current_streak=current,
        days_since_last_use=since,
        signals=tuple(ordered),
    )
