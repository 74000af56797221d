"""Robust trend estimation: Theil–Sen slope with a Mann–Kendall significance test.

The Theil–Sen slope is the median of the slopes between every pair of points, so a single
unusual day hardly moves it. Mann–Kendall counts rising versus falling pairs (with the usual
correction for ties) and gives a z score. :func:`robust_rise` asks for both a significant and a
large-enough rise, and asks again with the most unusual day left out, so one spike cannot
produce a signal on its own.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median


@dataclass(frozen=True, slots=True)
class Trend:
    slope: float  # units per day
    intercept: float
    z: float  # Mann–Kendall z score (positive = rising)
    n: int

    def at(self, x: float) -> float:
        return self.intercept + self.slope * x


def theil_sen(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """(slope, intercept) of the Theil–Sen line; slope 0 when fewer than two distinct x."""
    slopes = [
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    ]
    slope = median(slopes) if slopes else 0.0
    intercept = median(y - slope * x for x, y in zip(xs, ys, strict=True)) if ys else 0.0
    return slope, intercept


def mann_kendall_z(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Mann–Kendall z score of ``ys`` ordered by ``xs`` (tie-corrected variance)."""
    n = len(ys)
    if n < 3:
        return 0.0
    order = sorted(range(n), key=lambda k: xs[k])
    values = [ys[k] for k in order]
    s = 0
    for i in range(n - 1):
        vi = values[i]
        for j in range(i + 1, n):
            d = values[j] - vi
            if d > 0:
                s += 1
            elif d < 0:
                s -= 1
    ties = sum(t * (t - 1) * (2 * t + 5) for t in Counter(values).values() if t > 1)
    variance = (n * (n - 1) * (2 * n + 5) - ties) / 18
    if variance <= 0 or s == 0:
        return 0.0
    return (s - 1 if s > 0 else s + 1) / math.sqrt(variance)


def fit(xs: Sequence[float], ys: Sequence[float]) -> Trend:
    slope, intercept = theil_sen(xs, ys)
    return Trend(slope, intercept, mann_kendall_z(xs, ys), len(ys))


@dataclass(frozen=True, slots=True)
class Rise:
    """A rise that passed every check, with the fitted line on all the points."""

    trend: Trend
    start_value: float  # fitted value at the first x of the window
    end_value: float  # fitted value at the last x of the window
    typical: float  # median of the values

    @property
    def absolute(self) -> float:
        return self.end_value - self.start_value

    @property
    def relative(self) -> float:
        return self.absolute / self.typical if self.typical > 0 else math.inf


def _passes(
    trend: Trend, span: float, typical: float, min_z: float, min_abs: float, min_rel: float
) -> bool:
    rise = trend.slope * span
    if trend.slope <= 0 or trend.z < min_z or rise < min_abs:
        return False
    return not (min_rel > 0 and (typical <= 0 or rise / typical < min_rel))


def robust_rise(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    span: float,
    min_z: float,
    min_absolute: float = 0.0,
    min_relative: float = 0.0,
) -> Rise | None:
    """A significant, large-enough rise that survives leaving out the most unusual point.

    ``span`` is the width of the window in x units: the rise is ``slope × span``.
    """
    if len(ys) < 3:
        return None
    typical = median(ys)
    trend = fit(xs, ys)
    if not _passes(trend, span, typical, min_z, min_absolute, min_relative):
        return None
    # Leave out the point farthest from the line and test again.
    worst = max(range(len(ys)), key=lambda k: abs(ys[k] - trend.at(xs[k])))
    rest_x = [x for k, x in enumerate(xs) if k != worst]
    rest_y = [y for k, y in enumerate(ys) if k != worst]
    again = fit(rest_x, rest_y)
    if not _passes(again, span, median(rest_y), min_z, min_absolute, min_relative):
        return None
    first, last = min(xs), min(xs) + span
    return Rise(trend, trend.at(first), trend.at(last), typical)
