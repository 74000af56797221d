"""Evidence search speed: BM25 over the whole base versus a plain substring scan (baseline).

Run: python benchmarks/search.py
"""

from __future__ import annotations

import statistics
import time

from kratomwise.knowledge import all_facts, search

QUERIES = [
    "withdrawal",
    "liver injury",
    "7-OH scheduling",
    "deaths involving fentanyl",
    "dependence daily use",
    "CYP3A4 inhibition",
    "Thailand law",
    "seizure",
    "DEP-08",
    "poison centre exposures",
]


def baseline(query: str) -> list[str]:
    words = query.lower().split()
    return [f.id for f in all_facts() if any(w in f.statement.lower() for w in words)]


def timed(fn, rounds: int = 200) -> list[float]:
    times = []
    for i in range(rounds):
        query = QUERIES[i % len(QUERIES)]
        start = time.perf_counter()
        fn(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    search("warm up")
    ranked = timed(lambda q: search(q, limit=20))
    scan = timed(baseline)
    print(f"facts: {len(all_facts())}, queries: {len(ranked)}")
    print(
        f"BM25 search: median {statistics.median(ranked):.3f} ms, "
        f"p95 {sorted(ranked)[int(len(ranked) * 0.95)]:.3f} ms, max {max(ranked):.3f} ms"
    )
    print(f"substring scan baseline: median {statistics.median(scan):.3f} ms")
    print(f"ratio BM25 / scan (median): {statistics.median(ranked) / statistics.median(scan):.2f}")


if __name__ == "__main__":
    main()
