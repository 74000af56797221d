"""The one rule for dates that people and programs send: from 1970-01-01 to one year ahead.

Every date that enters kratomwise (journal entries typed, imported or sent to the API, the day an
analysis runs up to, a taper's first day, taper check-ins) must pass :func:`check_date`. Dates
outside this range are typing mistakes, and far-off ones made analyses and plans run for minutes
or overflow the calendar.
"""

from __future__ import annotations

import datetime as dt

from kratomwise.i18n import _

EARLIEST = dt.date(1970, 1, 1)
YEARS_AHEAD = 1


class DateRangeError(ValueError):
    """A date outside the accepted range; the message is one plain sentence."""


def latest(today: dt.date | None = None) -> dt.date:
    """The last accepted date: the same day one year after ``today`` (28 February for 29th)."""
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def date_problem(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``day`` is not accepted, or None when it is."""
    last = latest(today)
    if EARLIEST <= day <= last:
        return None
    return _("{day} is outside the dates kratomwise accepts ({first} to {last})").format(
        day=day.isoformat(), first=EARLIEST.isoformat(), last=last.isoformat()
    )


def check_date(day: dt.date, today: dt.date | None = None) -> dt.date:
    """``day`` when it is accepted, else :class:`DateRangeError`."""
    problem = date_problem(day, today)
    if problem is not None:
        raise DateRangeError(problem)
    return day


# Month and day of any year (February to the 28th), and the leap day.
_MONTH_DAY = (
    "(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    "|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    "|02-(0[1-9]|1[0-9]|2[0-8])"
)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year: int, month: int, last_day: int) -> str:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    length = min((first_next - dt.timedelta(days=1)).day, last_day)
    return f"{month:02d}-({'|'.join(f'{d:02d}' for d in range(1, length + 1))})"


def pattern(today: dt.date | None = None) -> str:
    """A regular expression that matches exactly the accepted dates written YYYY-MM-DD.

    The API's OpenAPI document states it, so clients (and schema fuzzers) know the rule.
    """
    last = latest(today)
    years = range(EARLIEST.year, last.year)
    leap = "|".join(str(y) for y in years if _is_leap(y))
    parts = [
        f"({'|'.join(str(y) for y in years)})-({_MONTH_DAY})",
        f"({leap})-02-29",
        f"{last.year}-("
        + "|".join(
            _month_days(last.year, m, 31 if m < last.month else last.day)
            for m in range(1, last.month + 1)
        )
        + ")",
    ]
    return "^(" + "|".join(f"({p})" for p in parts) + ")$"
