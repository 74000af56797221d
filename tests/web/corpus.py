"""Shared pieces of the bad-input corpora: a fingerprint of every stored row, and timing."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from django.apps import apps

# Rows that change on any request (sessions, login bookkeeping) are not personal data.
_SKIP = {"sessions", "axes", "admin", "contenttypes", "auth"}
SLOW_SECONDS = 2.0


def fingerprint() -> dict[str, tuple[int, str]]:
    """(row count, checksum of every value) per model of the project's own apps."""
    found: dict[str, tuple[int, str]] = {}
    for model in apps.get_models():
        if model._meta.app_label in _SKIP:
            continue
        rows = list(model._base_manager.order_by("pk").values_list())
        if model._meta.model_name == "user":
            rows = [
                tuple(v for k, v in zip(_fields(model), row, strict=True) if k != "last_login")
                for row in rows
            ]
        digest = hashlib.sha256(repr(rows).encode()).hexdigest()
        found[model._meta.label] = (len(rows), digest)
    return found


def _fields(model: Any) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields]


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started
