"""Where kratomwise keeps its data, and the secrets it creates there on first run."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import dj_database_url
import platformdirs


def data_dir() -> Path:
    """The user data directory (``KRATOMWISE_DATA_DIR`` overrides it), created 0700."""
    override = os.environ.get("KRATOMWISE_DATA_DIR")
    if not override and "pytest" in sys.modules:
        # A test run never touches the person's real data directory or keys.
        override = os.environ["KRATOMWISE_DATA_DIR"] = tempfile.mkdtemp(prefix="kratomwise-test-")
    path = Path(override) if override else Path(platformdirs.user_data_dir("kratomwise"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


DATABASE_FILE = "kratomwise.sqlite3"
# Files in the data directory that hold personal data or keys (the database with its WAL and
# shared-memory files, the Django secret and the encryption keys).
PRIVATE_FILES = (
    DATABASE_FILE,
    f"{DATABASE_FILE}-wal",
    f"{DATABASE_FILE}-shm",
    f"{DATABASE_FILE}-journal",
    "secret_key",
    "journal_keys",
)


def secure_data_dir() -> Path:
    """Make the data directory 0700 and its private files 0600, also when they already existed
    with wider modes (run on every start)."""
    path = data_dir()
    os.chmod(path, 0o700)
    for name in PRIVATE_FILES:
        try:
            os.chmod(path / name, 0o600)
        except FileNotFoundError:
            continue
    return path


def read_or_create_secret(name: str, make: Callable[[], str] | None = None) -> str:
    """Read a secret file in the data directory, creating it (mode 0600) on first use."""
    path = data_dir() / name
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    value = make() if make else secrets.token_urlsafe(50)
    # O_EXCL so two workers starting at once cannot both write different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    return value


def secret_key() -> str:
    return os.environ.get("KRATOMWISE_SECRET_KEY") or read_or_create_secret("secret_key")


def database() -> dj_database_url.DBConfig:
    """PostgreSQL when DATABASE_URL says so, else SQLite (WAL) in the data directory."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(data_dir() / DATABASE_FILE),
        "CONN_MAX_AGE": None,
        "OPTIONS": {
            # FULL: a commit is on disk before it is acknowledged, even across a power cut.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
            "PRAGMA busy_timeout=5000;",
            "transaction_mode": "IMMEDIATE",
        },
    }
