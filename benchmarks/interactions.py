"""Benchmark the interaction checker: speed of resolution + checking, and the hit rate on
tests/data/interaction_names.csv (names as people type them, with the expected resolution and
an expected severity range).

    python benchmarks/interactions.py            # table only (the normal, fast path)
    python benchmarks/interactions.py --library  # also try drug-named-entity-recognition
    python benchmarks/interactions.py --misses   # list every row that missed
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES_CSV = ROOT / "tests" / "data" / "interaction_names.csv"
TEN_NAMES = [
    "Xanax",
    "Percocet",
    "beer",
    "Lyrica",
    "Zoloft",
    "Benadryl",
    "methadone",
    "Narcan",
    "coffee",
    "tianeptine",
]
TEN_TYPOS = [
    "xanex",
    "oxycodon",
    "gabapentine",
    "seraquel",
    "tremadol",
    "benadril",
    "methadon",
    "naloxon",
    "fenibut",
    "clonazapam",
]


def _timings(fn, runs: int) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[0], statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def hit_rate(use_library: bool, show_misses: bool) -> None:
    from kratomwise.interactions import check
    from kratomwise.interactions.severity import rank

    with NAMES_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_kind: dict[str, list[int]] = {}
    paths: dict[str, int] = {}
    res_hits = sev_hits = 0
    misses = []
    for row in rows:
        report = check([row["input"]], use_library=use_library)
        for res in report.resolved:
            paths[res.matched_by or "?"] = paths.get(res.matched_by or "?", 0) + 1
        got = {n for r in report.resolved for n in r.names}
        expected = {n for n in row["expected_names"].split(";") if n}
        res_ok = got == expected
        sev = report.highest_severity
        sev_ok = rank(row["severity_max"]) <= rank(sev) <= rank(row["severity_min"])
        res_hits += res_ok
        sev_hits += sev_ok
        tally = by_kind.setdefault(row["kind"], [0, 0, 0])
        tally[0] += 1
        tally[1] += res_ok
        tally[2] += sev_ok
        if not (res_ok and sev_ok):
            suggestions = [s for r in report.unresolved for s in r.suggestions]
            misses.append(
                (
                    row["input"],
                    sorted(expected),
                    sorted(got),
                    sev,
                    f"{row['severity_max']}..{row['severity_min']}",
                    suggestions,
                )
            )
    n = len(rows)
    label = "table + drug library" if use_library else "table only"
    print(f"\nHit rate on {NAMES_CSV.relative_to(ROOT)} ({n} names, {label})")
    print(f"  resolution correct : {res_hits}/{n} = {res_hits / n:.1%}")
    print(f"  severity in range  : {sev_hits}/{n} = {sev_hits / n:.1%}")
    for kind, (total, r_ok, s_ok) in sorted(by_kind.items()):
        print(f"    {kind:<12} {r_ok:>3}/{total:<3} resolved   {s_ok:>3}/{total:<3} severity")
    print("  matched by: " + ", ".join(f"{k} {v}" for k, v in sorted(paths.items())))
    if show_misses:
        for item in misses:
            print("  MISS", item)


def synthetic_typos() -> None:
    """Held-out check of the fuzzy step: drop one middle letter of every generic name (6+
    letters) and see whether it resolves to the right substance, asks, or guesses wrong."""
    from kratomwise.interactions import default_checker

    checker = default_checker()
    table = checker.table
    right = asked = wrong = missed = 0
    wrong_examples = []
    for name, sub in table.substances.items():
        if sub.is_combination or len(name) < 6 or not name.isalpha():
            continue
        middle = len(name) // 2
        typo = name[:middle] + name[middle + 1 :]
        if table.lookup(typo):
            continue  # the typo is itself a listed name
        res = checker.resolver.resolve(typo, use_library=False)
        if res.resolved:
            if res.names == table.ingredients(name):
                right += 1
            else:
                wrong += 1
                wrong_examples.append((typo, name, res.names))
        elif any(s.lower() == name or s in sub.brands for s in res.suggestions):
            asked += 1
        else:
            missed += 1
    total = right + asked + wrong + missed
    print(f"\nSynthetic typos (one letter dropped from {total} generic names, not in the table):")
    print(
        f"  resolved correctly {right} ({right / total:.1%}), "
        f"asked 'did you mean' with the right name {asked} ({asked / total:.1%}), "
        f"wrong guess {wrong} ({wrong / total:.1%}), "
        f"no useful suggestion {missed} ({missed / total:.1%})"
    )
    for example in wrong_examples[:10]:
        print("  WRONG", example)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--library", action="store_true", help="also measure with the library")
    parser.add_argument("--misses", action="store_true", help="list rows that missed")
    args = parser.parse_args()
    os.environ.setdefault("KRATOMWISE_DRUG_NER", "1")

    start = time.perf_counter()
    from kratomwise.interactions import check, default_checker, resolve

    checker = default_checker()
    cold = (time.perf_counter() - start) * 1000
    print(
        f"kratomwise.interactions: {len(checker.table.substances)} substances, "
        f"{len(checker.table.index)} names, {len(checker.rules.all_rules())} rules"
    )
    print(f"  cold start (import + load table and rules): {cold:.1f} ms")
    check(TEN_NAMES, use_library=False)  # warm up

    best, median, p95 = _timings(lambda: check(TEN_NAMES, use_library=False), args.runs)
    print(
        f"  check 10 names, warm       : best {best:.2f} ms, median {median:.2f} ms, "
        f"p95 {p95:.2f} ms  (target < 20 ms)"
    )
    best, median, p95 = _timings(
        lambda: [resolve(n, use_library=False) for n in TEN_NAMES], args.runs
    )
    print(
        f"  resolve 10 names, warm     : best {best:.2f} ms, median {median:.2f} ms, "
        f"p95 {p95:.2f} ms"
    )
    best, median, p95 = _timings(lambda: check(TEN_TYPOS, use_library=False), args.runs)
    print(
        f"  check 10 misspelt names    : best {best:.2f} ms, median {median:.2f} ms, "
        f"p95 {p95:.2f} ms"
    )

    hit_rate(use_library=False, show_misses=args.misses)
    synthetic_typos()
    if args.library:
        from kratomwise.interactions import library

        start = time.perf_counter()
        library.lookup("lipitor")
        print(
            f"\n  drug-named-entity-recognition lazy import: "
            f"{(time.perf_counter() - start) * 1000:.0f} ms (loaded: {library.loaded()})"
        )
        hit_rate(use_library=True, show_misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
