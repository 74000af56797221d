"""Encryption at rest for personal free text: journal notes, instrument answers (check-ins and
taper SOWS check-ins) and saved medicine names (``ENCRYPTED`` lists the columns). MultiFernet
with keys in the data directory.

The key file ``journal_keys`` (mode 0600) holds one Fernet key per line, newest first. New
values are encrypted with the first key; every key can decrypt. Rotation puts a new key first,
re-encrypts every listed column with it and then drops the old keys (``kratomwise-manage
rotate_journal_key`` or :func:`rotate`).
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from kratomwise.web.config import data_dir

KEY_FILE = "journal_keys"
# (app label, model, column) of every encrypted column: rotation re-encrypts them all.
ENCRYPTED = (
    ("journal", "Entry", "note_token"),
    ("checkins", "InstrumentResponse", "answers_token"),
    ("interactions", "SavedSubstance", "name_token"),
    ("taper", "TaperCheckIn", "sows_answers_token"),
)
_lock = threading.Lock()
# Per key file: the (mtime, size, inode) the keys were read at, and the keys.
_cache: dict[str, tuple[tuple[int, int, int], MultiFernet]] = {}
_paths: dict[str | None, Path] = {}


def key_path() -> Path:
    return data_dir() / KEY_FILE


def _write_keys(path: Path, keys: list[str]) -> None:
    """Write the key file atomically, readable only by its owner."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(keys) + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def read_keys() -> list[str]:
    """The keys, newest first, creating the file with one key on first use."""
    path = key_path()
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(Fernet.generate_key().decode() + "\n")
    keys = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not keys:
        raise RuntimeError(f"{path} holds no keys")
    return keys


def _current_key_path() -> Path:
    """``key_path()`` without its directory check on every call (per data directory)."""
    override = os.environ.get("KRATOMWISE_DATA_DIR")
    found = _paths.get(override)
    if found is None:
        found = _paths[override] = key_path()
    return found


def fernet() -> MultiFernet:
    """The MultiFernet for the key file: the keys are read once per process and again only
    when the file changes (a rotation in this process or another one, such as
    ``rotate_journal_key`` while the server runs), which one ``stat`` per call notices."""
    path = _current_key_path()
    try:
        info = path.stat()
    except FileNotFoundError:
        read_keys()  # first use: creates the file (and the data directory)
        info = path.stat()
    version = (info.st_mtime_ns, info.st_size, info.st_ino)
    cached = _cache.get(str(path))
    if cached and cached[0] == version:
        return cached[1]
    with _lock:
        # Read after the stat: a change in between gives a newer version next call.
        multi = MultiFernet([Fernet(k.encode()) for k in read_keys()])
        _cache[str(path)] = (version, multi)
        return multi


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError, ValueError):
        raise InvalidToken(f"cannot decrypt a stored value with the keys in {key_path()}") from None


def encrypt_json(value: object) -> str:
    return encrypt(json.dumps(value, sort_keys=True))


def decrypt_json(token: str) -> object:
    return json.loads(decrypt(token))


def encrypted_answers(column: str, empty: dict[str, int] | None) -> Any:
    """A model property for instrument answers ({item_id: points}) kept encrypted in the text
    column ``column`` ("" stores no answers; reading it gives ``empty``). A plain ``property``,
    so ``Model(name=...)`` and ``objects.create(name=...)`` accept it like a field."""

    def read(row: Any) -> dict[str, int] | None:
        token = getattr(row, column)
        stored = decrypt_json(token) if token else None
        return dict(stored) if isinstance(stored, dict) else empty

    def write(row: Any, value: dict[str, int] | None) -> None:
        setattr(row, column, encrypt_json(value) if value else "")

    return property(read, write)


def add_key() -> None:
    """Put a new key first; old keys stay so existing notes still decrypt."""
    path = key_path()
    with _lock:
        keys = read_keys()
        _write_keys(path, [Fernet.generate_key().decode(), *keys])
        _cache.pop(str(path), None)


def drop_old_keys() -> None:
    path = key_path()
    with _lock:
        _write_keys(path, read_keys()[:1])
        _cache.pop(str(path), None)


def rotate() -> int:
    """New key, every encrypted value re-encrypted with it, old keys removed. Returns the
    values rewritten."""
    from django.apps import apps
    from django.db import transaction

    add_key()
    multi = fernet()
    count = 0
    with transaction.atomic():
        for app_label, model_name, column in ENCRYPTED:
            model = apps.get_model(app_label, model_name)
            rows = model._base_manager.exclude(**{column: ""}).values_list("pk", column)
            for pk, token in rows.iterator():
                new = multi.rotate(token.encode("ascii")).decode("ascii")
                model._base_manager.filter(pk=pk).update(**{column: new})
                count += 1
    drop_old_keys()
    return count
