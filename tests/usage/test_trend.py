from __future__ import annotations

import random

import pytest

from kratomwise.usage.trend import fit, mann_kendall_z, robust_rise, theil_sen


def test_theil_sen_recovers_a_line() -> None:
    xs = [float(x) for x in range(10)]
    slope, intercept = theil_sen(xs, [2.0 + 0.5 * x for x in xs])
    assert slope == pytest.approx(0.5)
    assert intercept == pytest.approx(2.0)


def test_theil_sen_ignores_one_outlier() -> None:
    xs = [float(x) for x in range(20)]
    ys = [3.0] * 20
    ys[-1] = 50.0
    assert theil_sen(xs, ys)[0] == 0.0


def test_mann_kendall_sign_and_ties() -> None:
    xs = [float(x) for x in range(12)]
    assert mann_kendall_z(xs, [float(x) for x in xs]) > 3
    assert mann_kendall_z(xs, [-float(x) for x in xs]) < -3
    assert mann_kendall_z(xs, [1.0] * 12) == 0.0
    assert mann_kendall_z([0.0, 1.0], [0.0, 1.0]) == 0.0


def test_robust_rise_needs_significance_size_and_survives_dropping_a_point() -> None:
    xs = [float(x) for x in range(28)]
    rising = [3 + 0.1 * x for x in xs]
    rise = robust_rise(xs, rising, span=27, min_z=1.96, min_relative=0.2)
    assert rise is not None
    assert rise.start_value == pytest.approx(3.0)
    assert rise.end_value == pytest.approx(5.7)
    # Too small a rise is not reported even if perfectly steady.
    assert (
        robust_rise(xs, [3 + 0.001 * x for x in xs], span=27, min_z=1.96, min_relative=0.2) is None
    )
    # Too few points.
    assert robust_rise([0.0, 1.0], [1.0, 2.0], span=27, min_z=1.96) is None


def test_fit_reports_n() -> None:
    assert fit([0.0, 1.0, 2.0], [1.0, 2.0, 3.0]).n == 3


@pytest.mark.parametrize("seed", range(30))
def test_noise_around_a_stable_level_rarely_rises(seed: int) -> None:
    rng = random.Random(seed)
    xs = [float(x) for x in range(28)]
    ys = [round(4 + rng.gauss(0, 0.6), 1) for _ in xs]
    assert robust_rise(xs, ys, span=27, min_z=1.96, min_relative=0.2) is None
