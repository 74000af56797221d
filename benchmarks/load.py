"""Load figures with real amounts of data, as ratios to /healthz in the same run.

Run:  python benchmarks/load.py [--years 2] [--seconds 5] [--connections 20] [--workers 2]

Makes a fresh data directory with one person and ``--years`` of journal entries (about 1,000 a
year, 2,000 for 2 years), starts ``kratomwise serve`` on loopback, and for each page runs
``--connections`` clients for ``--seconds`` (a new connection per request, as gunicorn's sync
workers close them). Prints requests a second, the ratio to /healthz and the time of one request
alone (median of 10). Measures only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crash import Server, _free_port

COMMAND = "python benchmarks/load.py"
PAGES = ("/healthz", "/journal/", "/", "/api/journal/analysis", "/evidence/", "/law/")

SETUP = """
import datetime as dt, random
from kratomwise.web.server import prepare; prepare()
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from kratomwise.web.journal.models import Entry
user = get_user_model().objects.create_user("load", password="a long passphrase 42")
rng = random.Random(7)
now = timezone.now()
rows = []
for day in range(365 * {years}):
    for _ in range(rng.choice((1, 2, 3, 4))):
        when = now - dt.timedelta(days=day, minutes=rng.randrange(900))
        note = "n" if rng.random() < 0.3 else ""
        rows.append(Entry(owner=user, taken_at=when, amount=round(rng.uniform(1, 4), 1), note=note))
Entry.objects.bulk_create(rows[: 1000 * {years}], batch_size=500)
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def _get(url: str, cookie: str) -> int:
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={cookie}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
        return int(response.status)


def _throughput(url: str, cookie: str, connections: int, seconds: float) -> float:
    done = [0] * connections
    stop = time.monotonic() + seconds

    def client(n: int) -> None:
        while time.monotonic() < stop:
            if _get(url, cookie) == 200:
                done[n] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return sum(done) / (time.monotonic() - started)


def _alone_ms(url: str, cookie: str) -> float:
    times = []
    for _ in range(10):
        started = time.perf_counter()
        _get(url, cookie)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    env = {**os.environ, "KRATOMWISE_DATA_DIR": tempfile.mkdtemp(prefix="kratomwise-load-")}
    env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", SETUP.format(years=args.years)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    cookie = out.stdout.strip().splitlines()[-1]
    server = Server(env, _free_port(), args.workers)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    results = {}
    try:
        for page in PAGES:
            _get(base + page, cookie)  # warm
            rate = _throughput(base + page, cookie, args.connections, args.seconds)
            results[page] = {
                "req_per_s": round(rate, 1),
                "alone_ms": round(_alone_ms(base + page, cookie), 1),
            }
    finally:
        server.stop()
    healthz = results["/healthz"]["req_per_s"]
    for figures in results.values():
        figures["ratio_to_healthz"] = round(figures["req_per_s"] / healthz, 2) if healthz else 0.0
    print(json.dumps({"entries": 1000 * args.years, "pages": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
