"""Crash harness: kill -9 the gunicorn master and workers while token-API writes go on, then check
that no acknowledged write was lost or doubled and that the database is intact.

Run:  python benchmarks/crash.py [--writes 1000] [--kills 20] [--writers 4]
      DATABASE_URL=postgres://... python benchmarks/crash.py --pg-ctl "pg_ctl -D DIR"  (PostgreSQL:
      every third round also stops PostgreSQL with ``-m immediate`` and starts it again)

Every write is ``POST /api/journal/entries`` with a unique ``Idempotency-Key`` and a unique note;
a write that got no 201 (refused connection, reset, 5xx) is retried with the same key until it is
acknowledged. Odd rounds kill -9 one worker (the master replaces it); even rounds kill -9 the
master and every worker, then start the server again. Only loopback traffic; every loop is
bounded. Exit 0 only when 0 acknowledged writes are lost, 0 are duplicated and integrity is ok.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

COMMAND = "python benchmarks/crash.py"
WRITE_DEADLINE_S = 120.0  # one write may wait this long for the server to come back


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


class Server:
    def __init__(self, env: dict[str, str], port: int, workers: int) -> None:
        self.env, self.port, self.workers = env, port, workers
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "kratomwise", "serve", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            [*command, "--workers", str(self.workers)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("crash: the server did not start within 60 s")

    def kill_worker(self) -> bool:
        assert self.proc is not None
        workers = _children(self.proc.pid)
        if not workers:
            return False
        os.kill(workers[0], signal.SIGKILL)
        return True

    def kill_all(self) -> None:
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGKILL)  # master and workers at once
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=30)


def _setup(env: dict[str, str]) -> str:
    code = (
        "from kratomwise.web.server import prepare; prepare()\n"
        "from django.contrib.auth import get_user_model\n"
        "from kratomwise.web.accounts import tokens\n"
        "user = get_user_model().objects.create_user('crash', password='a long passphrase 42')\n"
        "print(tokens.create(user, 'write', 'crash')[1])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1]


class Writers:
    def __init__(self, port: int, token: str) -> None:
        self.url = f"http://127.0.0.1:{port}/api/journal/entries"
        self.token = token
        self.lock = threading.Lock()
        self.acked: list[str] = []
        self.retries = 0
        self.failed: list[str] = []

    def write(self, key: str) -> None:
        body = json.dumps({"amount": 1.5, "note": key}).encode()
        deadline = time.monotonic() + WRITE_DEADLINE_S
        while time.monotonic() < deadline:
            request = urllib.request.Request(
                self.url,
                data=body,
                method="POST",
                headers={
                    "Authorization": f"Bearer {self.token}",
                    "Idempotency-Key": key,
                    "Content-Type": "application/json",
                },
            )
            try:
                with urllib.request.urlopen(request, timeout=15) as response:
                    if response.status == 201 and json.load(response)["note"] == key:
                        with self.lock:
                            self.acked.append(key)
                        return
            except urllib.error.HTTPError as exc:
                if exc.code < 500:
                    break  # a refusal is not a crash: count it as failed
            except (OSError, ValueError, http.client.HTTPException):
                pass  # refused, reset or cut off mid-answer: retry with the same key
            with self.lock:
                self.retries += 1
            time.sleep(0.05)
        with self.lock:
            self.failed.append(key)

    def run(self, keys: list[str]) -> None:
        for key in keys:
            self.write(key)


def _stored_notes(env: dict[str, str]) -> list[str]:
    code = (
        "import json, django, os\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'kratomwise.web.settings')\n"
        "django.setup()\n"
        "from kratomwise.web.journal.models import Entry\n"
        "print(json.dumps([e.note for e in Entry.all_objects.all()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    notes: list[str] = json.loads(out.stdout)
    return notes


def _pg_cycle(pg_ctl: str) -> None:
    subprocess.run(f"{pg_ctl} -m immediate stop", shell=True, check=True, capture_output=True)
    subprocess.run(f"{pg_ctl} -w start", shell=True, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pg-ctl", default="", help="pg_ctl command for immediate-stop rounds")
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="kratomwise-crash-")
    env = {**os.environ, "KRATOMWISE_DATA_DIR": data}
    postgres = bool(env.get("DATABASE_URL"))
    token = _setup(env)
    server = Server(env, _free_port(), args.workers)
    server.start()
    writers = Writers(server.port, token)
    keys = [f"crash-{i:06d}" for i in range(args.writes)]
    threads = [
        threading.Thread(target=writers.run, args=(keys[n :: args.writers],), daemon=True)
        for n in range(args.writers)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    kills = {"worker": 0, "master+workers": 0, "postgres immediate": 0}
    step = max(1, args.writes // (args.kills + 1))
    try:
        for round_ in range(1, args.kills + 1):
            wait_until = time.monotonic() + 300
            while len(writers.acked) < round_ * step and time.monotonic() < wait_until:
                if not any(t.is_alive() for t in threads):
                    break
                time.sleep(0.01)
            if round_ % 2 and server.kill_worker():
                kills["worker"] += 1
                continue
            server.kill_all()
            kills["master+workers"] += 1
            if postgres and args.pg_ctl and round_ % 3 == 0:
                _pg_cycle(args.pg_ctl)
                kills["postgres immediate"] += 1
            server.start()
        for thread in threads:
            thread.join(timeout=WRITE_DEADLINE_S * 2)
    finally:
        server.stop()
    elapsed = time.monotonic() - started

    notes = _stored_notes(env)
    stored = set(notes)
    lost = [k for k in writers.acked if k not in stored]
    duplicates = len(notes) - len(stored)
    integrity = "not SQLite"
    if not postgres:
        db = Path(data) / "kratomwise.sqlite3"
        integrity = sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0]
    report = {
        "database": "PostgreSQL" if postgres else "SQLite",
        "writes_acknowledged": len(writers.acked),
        "writes_failed": len(writers.failed),
        "retries": writers.retries,
        "kills": kills,
        "rows_stored": len(notes),
        "lost_acknowledged": len(lost),
        "duplicates": duplicates,
        "integrity_check": integrity,
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(report, indent=2))
    ok = (
        len(writers.acked) == args.writes
        and not lost
        and not duplicates
        and integrity in ("ok", "not SQLite")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
