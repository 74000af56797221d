"""`kratomwise serve` starts gunicorn on a fresh data directory, migrating it first."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as response:  # loopback only
        return response.status, response.read().decode()


def test_serve_migrates_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "KRATOMWISE_DATA_DIR": str(tmp_path)}
    env.pop("KRATOMWISE_SECRET_KEY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kratomwise", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = _get(f"{base}/healthz")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        proc.stderr.read() if proc.stderr else "no output"
                    ) from None
                time.sleep(0.3)
        assert status == 200 and '"ok"' in body
        status, page = _get(f"{base}/accounts/setup/")  # migrations ran: the user table exists
        assert status == 200 and "Create owner account" in page
        if not os.environ.get("DATABASE_URL"):
            assert (tmp_path / "kratomwise.sqlite3").exists()
            journal = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sqlite3,sys; print(sqlite3.connect(sys.argv[1])"
                    ".execute('pragma journal_mode').fetchone()[0])",
                    str(tmp_path / "kratomwise.sqlite3"),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            assert journal == "wal"
        assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_rejects_a_bad_port() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kratomwise", "serve", "--port", "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1
