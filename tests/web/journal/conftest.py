from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _journal_keys(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Each test gets its own data directory, so key files never touch the real one."""
    monkeypatch.setenv("KRATOMWISE_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _empty_cache():  # type: ignore[no-untyped-def]
    """Cached analyses never carry over from another test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
