"""Server time of the personal journal pages with years of data (Django test client, no network).

Run:  python benchmarks/journal_pages.py [--years 2 10] [--runs 20] [--profile PATH]

Makes a fresh data directory with one person per ``--years`` value, each with about 1,000
journal entries a year (3 in 10 with a note, the same data as benchmarks/load.py), and prints the
median server time of each page over ``--runs`` requests: ``warm`` (the analysis cache filled, as
for every request after the first) and ``after a write`` (the cache emptied before each request,
as for the first page after logging a use). ``--profile`` writes a cProfile of cold /journal/
requests for the largest person. Targets (issue 14): /journal/ ≤ 25 ms with 2 years and ≤ 60 ms
with 10 years of entries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

COMMAND = "python benchmarks/journal_pages.py"
PAGES = ("/healthz", "/journal/", "/", "/api/journal/analysis", "/journal/entries/")
PER_YEAR = 1000


def seed(user: Any, years: int) -> int:
    """About ``PER_YEAR`` entries a year up to now for ``user`` (1 to 4 uses a day, 3 in 10 with
    a note); benchmarks/load.py seeds the same data. Returns the number of entries."""
    import random

    from django.utils import timezone

    from kratomwise.web.journal.models import Entry

    rng = random.Random(7)
    now = timezone.now()
    rows = []
    for day in range(365 * years):
        for _ in range(rng.choice((1, 2, 3, 4))):
            when = now - dt.timedelta(days=day, minutes=rng.randrange(900))
            note = "n" if rng.random() < 0.3 else ""
            rows.append(
                Entry(owner=user, taken_at=when, amount=round(rng.uniform(1, 4), 1), note=note)
            )
    Entry.objects.bulk_create(rows[: PER_YEAR * years], batch_size=500)
    return min(len(rows), PER_YEAR * years)


def _median_ms(request: Callable[[], Any], runs: int, before: Callable[[], None]) -> float:
    samples = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        response = request()
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return round(statistics.median(samples), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[2, 10])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--profile", default="")
    args = parser.parse_args()
    os.environ["KRATOMWISE_DATA_DIR"] = tempfile.mkdtemp(prefix="kw-journal-pages-")
    os.environ.pop("DATABASE_URL", None)
    from kratomwise.web.server import prepare

    prepare()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.test import Client

    results: dict[str, Any] = {}
    for years in args.years:
        user = get_user_model().objects.create_user(f"years{years}")
        entries = seed(user, years)
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        figures: dict[str, Any] = {}
        for page in PAGES:
            client.get(page)  # imports and templates loaded once

            def get(page: str = page, client: Client = client) -> Any:
                return client.get(page)

            figures[page] = {
                "warm_ms": _median_ms(get, args.runs, lambda: None),
                "after_write_ms": _median_ms(get, args.runs, cache.clear),
            }
        results[f"{years} years"] = {"entries": entries, "pages": figures}
        if args.profile and years == max(args.years):
            import cProfile

            profiler = cProfile.Profile()
            for _ in range(5):
                cache.clear()
                profiler.runcall(client.get, "/journal/")
            profiler.dump_stats(args.profile)
    print(json.dumps({"command": COMMAND, "runs": args.runs, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
