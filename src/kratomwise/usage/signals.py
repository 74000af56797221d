"""The signals: each explains itself with the numbers that triggered it and cites facts."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from kratomwise.i18n import _
from kratomwise.interactions import label
from kratomwise.shapes import Shaped
from kratomwise.usage import thresholds as t
from kratomwise.usage.daily import Day, run_length, streaks
from kratomwise.usage.model import Limits
from kratomwise.usage.polydrug import Checker, group_by_combination, severity
from kratomwise.usage.trend import robust_rise

#: How a date is written inside an explanation (ISO by default; pages pass the person's locale).
DateText = Callable[[dt.date], str]
ISO: DateText = dt.date.isoformat

CODES = (
    "escalating_amount",
    "increasing_frequency",
    "daily_use",
    "three_or_more_uses_a_day",
    "seven_oh_use",
    "use_after_break",
    "polydrug_day",
    "limit_exceeded",
)


@dataclass(frozen=True, slots=True)
class Signal(Shaped):
    code: str
    level: str  # info | caution | warning
    start: dt.date
    end: dt.date
    explanation: str
    fact_ids: tuple[str, ...]


def _g(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _window(today: dt.date, length: int) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=length - 1), today


def escalating_amount(days: dict[dt.date, Day], today: dt.date) -> Signal | None:
    first, _last = _window(today, t.TREND_WINDOW_DAYS)
    points = sorted(
        ((d - first).days, day.leaf_g)
        for d, day in days.items()
        if first <= d <= today and day.leaf_g > 0
    )
    if len(points) < t.TREND_MIN_DAYS:
        return None
    xs, ys = [float(p[0]) for p in points], [p[1] for p in points]
    rise = robust_rise(
        xs,
        ys,
        span=t.TREND_WINDOW_DAYS - 1,
        min_z=t.TREND_MIN_Z,
        min_relative=t.TREND_MIN_RELATIVE_RISE,
    )
    if rise is None:
        return None
    level = "warning" if rise.relative >= t.TREND_WARNING_RELATIVE_RISE else "caution"
    text = _(
        "On the {n} days you used leaf in the last {window} days, your daily amount rose from "
        "about {start} g to about {end} g (a rise of {pct:.0%}; typical day {typical} g). "
        "The trend line ignores single unusual days. Needing more for the same effect is a sign "
        "of tolerance."
    ).format(
        n=len(ys),
        window=t.TREND_WINDOW_DAYS,
        start=_g(rise.start_value),
        end=_g(rise.end_value),
        pct=rise.relative,
        typical=_g(rise.typical),
    )
    start = first + dt.timedelta(days=int(xs[0]))
    end = first + dt.timedelta(days=int(xs[-1]))
    return Signal("escalating_amount", level, start, end, text, t.ESCALATION_FACTS)


def increasing_frequency(days: dict[dt.date, Day], today: dt.date) -> Signal | None:
    first, _last = _window(today, t.FREQUENCY_WINDOW_DAYS)
    counts = [
        float(days[d].uses) if d in days else 0.0
        for d in (first + dt.timedelta(days=k) for k in range(t.FREQUENCY_WINDOW_DAYS))
    ]
    if sum(1 for c in counts if c > 0) < t.FREQUENCY_MIN_DAYS:
        return None
    xs = [float(k) for k in range(len(counts))]
    rise = robust_rise(
        xs,
        counts,
        span=t.FREQUENCY_WINDOW_DAYS - 1,
        min_z=t.FREQUENCY_MIN_Z,
        min_absolute=t.FREQUENCY_MIN_RISE,
    )
    if rise is None:
        return None
    half = len(counts) // 2
    before, after = sum(counts[:half]) / half, sum(counts[half:]) / (len(counts) - half)
    text = _(
        "Over the last {window} days you went from about {start} to about {end} uses a day "
        "(average {before} a day in the first half, {after} in the second). How often you use "
        "tracks withdrawal more closely than how much."
    ).format(
        window=t.FREQUENCY_WINDOW_DAYS,
        start=_g(max(rise.start_value, 0.0)),
        end=_g(rise.end_value),
        before=_g(before),
        after=_g(after),
    )
    return Signal("increasing_frequency", "caution", first, today, text, t.FREQUENCY_FACTS)


def daily_use(used: list[dt.date], today: dt.date, date_text: DateText = ISO) -> Signal | None:
    window_start, _end = _window(today, t.LOOKBACK_DAYS)
    recent = [r for r in streaks(used) if r[1] >= window_start and r[0] <= today]
    long_runs = [r for r in recent if run_length(r) >= t.DAILY_USE_MIN_DAYS]
    if not long_runs:
        return None
    run = long_runs[-1]
    length = run_length(run)
    ongoing = run[1] >= today - dt.timedelta(days=1)
    text = (
        _("You have used every day for {n} days in a row, since {start}.")
        if ongoing
        else _("You used every day for {n} days in a row, from {start} to {end}.")
    ).format(n=length, start=date_text(run[0]), end=date_text(run[1]))
    text += " " + _(
        "Regular daily use is when dependence and withdrawal on stopping become likely."
    )
    level = "warning" if length >= t.DAILY_USE_WARNING_DAYS else "caution"
    return Signal("daily_use", level, run[0], run[1], text, t.DAILY_USE_FACTS)


def many_uses(days: dict[dt.date, Day], today: dt.date, date_text: DateText = ISO) -> Signal | None:
    first, _last = _window(today, t.LOOKBACK_DAYS)
    hits = sorted(
        (d, day.uses)
        for d, day in days.items()
        if first <= d <= today and day.uses >= t.MANY_USES_PER_DAY
    )
    if not hits:
        return None
    most_day, most = max(hits, key=lambda h: (h[1], h[0]))
    level = "warning" if len(hits) >= t.MANY_USES_WARNING_DAYS else "caution"
    text = _(
        "On {n} of the last {window} days you used {k} or more times (most: {most} times on "
        "{most_day}). In a study of people who drink kratom as tea, those who drank three or more "
        "glasses a day more often had severe dependence, withdrawal and craving."
    ).format(
        n=len(hits),
        window=t.LOOKBACK_DAYS,
        k=t.MANY_USES_PER_DAY,
        most=most,
        most_day=date_text(most_day),
    )
    return Signal(
        "three_or_more_uses_a_day", level, hits[0][0], hits[-1][0], text, t.MANY_USES_FACTS
    )


def seven_oh_use(days: dict[dt.date, Day], today: dt.date) -> Signal | None:
    first, _last = _window(today, t.LOOKBACK_DAYS)
    hits = sorted(d for d, day in days.items() if first <= d <= today and day.seven_oh)
    if not hits:
        return None
    text = _(
        "You logged a concentrated 7-OH product on {n} of the last {window} days. These products "
        "are far stronger than leaf, act more like opioids (including on breathing), have been "
        "linked to deaths, and are being moved into the strictest drug schedules."
    ).format(n=len(hits), window=t.LOOKBACK_DAYS)
    return Signal("seven_oh_use", "warning", hits[0], hits[-1], text, t.SEVEN_OH_FACTS)


def use_after_break(
    used: list[dt.date], today: dt.date, date_text: DateText = ISO
) -> Signal | None:
    """The latest return to use, in the window, after at least BREAK_MIN_DAYS without any."""
    first, _last = _window(today, t.LOOKBACK_DAYS)
    returns = [
        (later, (later - earlier).days - 1)
        for earlier, later in itertools.pairwise(used)
        if first <= later <= today and (later - earlier).days - 1 >= t.BREAK_MIN_DAYS
    ]
    if not returns:
        return None
    day, gap = returns[-1]
    text = _(
        "You used on {day} after {gap} days without any. After a break your tolerance is lower, "
        "so an amount that was usual before can now be too much and slow your breathing."
    ).format(day=date_text(day), gap=gap)
    return Signal("use_after_break", "warning", day, day, text, t.BREAK_FACTS)


def polydrug_days(
    days: dict[dt.date, Day], today: dt.date, checker: Checker | None, date_text: DateText = ISO
) -> list[Signal]:
    """One signal per combination of other substances seen with kratom on the same day."""
    first, _last = _window(today, t.LOOKBACK_DAYS)
    groups = group_by_combination(
        (d, day.others)
        for d, day in days.items()
        if first <= d <= today and day.uses and day.others
    )
    signals = []
    for group in groups:
        sev = severity(group.others, checker)
        others = ", ".join(group.others)
        text = _(
            "You logged kratom with {others} on the same day on {n} of the last {window} days "
            "(latest: {dates})."
        ).format(
            others=others,
            n=len(group.days),
            window=t.LOOKBACK_DAYS,
            dates=", ".join(date_text(d) for d in group.days[-5:]),
        )
        known = sev.checker_severity is not None and sev.checker_severity != "unknown"
        if known:
            text += " " + _("The interaction checker rates this combination: {severity}.").format(
                severity=label(sev.checker_severity or "")
            )
        if sev.unknown:
            text += " " + _(
                "The interaction checker does not know {names}, so it cannot rate that part; "
                "combining substances raises the risk of serious harm."
            ).format(names=", ".join(sev.unknown))
        elif not known:
            text += " " + _(
                "Combining substances raises the risk of serious harm: most kratom-related deaths "
                "involved other substances. Check this combination in the interaction checker."
            )
        signals.append(
            Signal("polydrug_day", sev.level, group.days[0], group.days[-1], text, sev.fact_ids)
        )
    return signals


def limit_exceeded(
    days: dict[dt.date, Day],
    used: list[dt.date],
    today: dt.date,
    limits: Limits,
    date_text: DateText = ISO,
) -> list[Signal]:
    first, _last = _window(today, t.LOOKBACK_DAYS)
    recent = sorted((d, day) for d, day in days.items() if first <= d <= today)
    found: list[Signal] = []
    if limits.max_leaf_g_per_day is not None:
        over = [(d, day.leaf_g) for d, day in recent if day.leaf_g > limits.max_leaf_g_per_day]
        if over:
            top = max(over, key=lambda o: o[1])
            text = _(
                "Your limit is {limit} g of leaf a day. You went over it on {n} of the last "
                "{window} days (highest: {top} g on {day})."
            ).format(
                limit=_g(limits.max_leaf_g_per_day),
                n=len(over),
                window=t.LOOKBACK_DAYS,
                top=_g(top[1]),
                day=date_text(top[0]),
            )
            found.append(
                Signal("limit_exceeded", "caution", over[0][0], over[-1][0], text, t.LIMIT_FACTS)
            )
    if limits.max_uses_per_day is not None:
        over_uses = [(d, day.uses) for d, day in recent if day.uses > limits.max_uses_per_day]
        if over_uses:
            top_u = max(over_uses, key=lambda o: o[1])
            text = _(
                "Your limit is {limit} uses a day. You went over it on {n} of the last {window} "
                "days (most: {top} on {day})."
            ).format(
                limit=limits.max_uses_per_day,
                n=len(over_uses),
                window=t.LOOKBACK_DAYS,
                top=top_u[1],
                day=date_text(top_u[0]),
            )
            found.append(
                Signal(
                    "limit_exceeded",
                    "caution",
                    over_uses[0][0],
                    over_uses[-1][0],
                    text,
                    t.LIMIT_FACTS,
                )
            )
    if limits.min_days_off_per_week is not None:
        used_set = set(used)
        short: list[tuple[dt.date, dt.date, int]] = []
        for block in range(t.LOOKBACK_DAYS // 7):
            end = today - dt.timedelta(days=7 * block)
            start = end - dt.timedelta(days=6)
            off = sum(1 for k in range(7) if start + dt.timedelta(days=k) not in used_set)
            if off < limits.min_days_off_per_week:
                short.append((start, end, off))
        if short:
            short.sort()
            text = _(
                "Your goal is at least {goal} days without use each week. In {n} of the last "
                "{weeks} weeks you had fewer (fewest: {fewest})."
            ).format(
                goal=limits.min_days_off_per_week,
                n=len(short),
                weeks=t.LOOKBACK_DAYS // 7,
                fewest=min(s[2] for s in short),
            )
            found.append(
                Signal("limit_exceeded", "caution", short[0][0], short[-1][1], text, t.LIMIT_FACTS)
            )
    return found
