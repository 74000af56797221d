"""Benchmark: the full journal analysis over 10 years of entries (about 20,000).

Run:  python benchmarks/usage.py
Target: the full analysis (kratomwise.usage.analyze) takes < 50 ms in the core.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time

from kratomwise.usage import Entry, Limits, Settings, analyze, parse_csv
from kratomwise.usage.csvformat import format_csv

COMMAND = "python benchmarks/usage.py"


def make_entries(years: int = 10, seed: int = 7) -> list[Entry]:
    rng = random.Random(seed)
    tz = dt.timezone(dt.timedelta(hours=-5))
    start = dt.datetime(2016, 1, 1, tzinfo=tz)
    entries: list[Entry] = []
    for day in range(365 * years):
        base = start + dt.timedelta(days=day)
        for _ in range(rng.choice((4, 5, 6, 6, 6))):
            when = base + dt.timedelta(minutes=rng.randrange(6 * 60, 23 * 60))
            roll = rng.random()
            if roll < 0.70:
                entries.append(
                    Entry(
                        when,
                        "kratom",
                        "leaf_powder",
                        round(rng.uniform(1, 4), 1),
                        "g",
                        rng.randrange(11),
                        rng.randrange(11),
                    )
                )
            elif roll < 0.85:
                entries.append(Entry(when, "kratom", "capsules", rng.randrange(2, 8), "capsule"))
            elif roll < 0.90:
                entries.append(Entry(when, "kratom", "extract", 1.0, "ml"))
            elif roll < 0.92:
                entries.append(Entry(when, "seven_oh", "seven_oh_product", 15.0, "mg"))
            else:
                entries.append(
                    Entry(
                        when,
                        rng.choice(("alcohol", "caffeine", "gabapentin")),
                        "other",
                        rng.choice((100.0, 300.0)),
                        rng.choice(("ml", "mg")),
                    )
                )
    return entries


def best_of(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


def main() -> int:
    entries = make_entries()
    today = max(e.taken_at for e in entries).date()
    settings = Settings(grams_per_capsule=0.5, limits=Limits(12.0, 5, 2))
    analyze(entries[:100], settings, today)  # warm imports, the interaction checker and caches
    best, med = best_of(lambda: analyze(entries, settings, today), 15)
    best_nc, med_nc = best_of(lambda: analyze(entries, settings, today, checker=None), 15)
    text = format_csv(entries)
    parse_best, _ = best_of(lambda: parse_csv(text), 3)
    result = analyze(entries, settings, today)
    print(f"command: {COMMAND}")
    print(
        f"python {sys.version.split()[0]}; {len(entries)} entries over {result.days_used} days; "
        f"{len(result.signals)} signals"
    )
    print(f"full analysis (interaction checker): best {best:.1f} ms, median {med:.1f} ms")
    print(
        f"full analysis (facts-only polydrug fallback): best {best_nc:.1f} ms, "
        f"median {med_nc:.1f} ms"
    )
    print(
        f"CSV parse of the same entries ({len(text) // 1024} KiB, not part of the core analysis): "
        f"best {parse_best:.0f} ms"
    )
    ok = med < 50
    print("target < 50 ms:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
