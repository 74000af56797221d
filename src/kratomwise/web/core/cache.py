"""Public pages change only when the packaged data, the language or the day does.

``data_version`` fingerprints the packaged data once per process; templates cache their
expensive fragments under it (``{% cache %}`` with ``data_version``), and ``public_page`` answers
a repeated anonymous request with 304 Not Modified. Signed-in pages carry a CSRF token and the
person's own links, so they are never given an ETag.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from django.views.decorators.http import condition

from kratomwise import __version__
from kratomwise.i18n.catalogues import compiled_dir

DATA_PACKAGES = ("knowledge", "law", "interactions", "claims", "assess", "taper", "usage")


def _files(folder: Traversable) -> list[Traversable]:
    found: list[Traversable] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        found.extend(_files(entry) if entry.is_dir() else [entry])
    return found


@cache
def data_version() -> str:
    """A short fingerprint of the code version, every packaged data file and the catalogues."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(compiled_dir().name.encode())  # named by the hash of the .po sources
    for package in DATA_PACKAGES:
        folder = resources.files(f"kratomwise.{package}").joinpath("data")
        if not folder.is_dir():
            continue
        for entry in _files(folder):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def _public_etag(request: HttpRequest, *args: Any, **kwargs: Any) -> str | None:
    if request.user.is_authenticated:
        return None
    # The day is part of it: "check current law" notices depend on today's date.
    key = f"{data_version()}|{get_language()}|{date.today()}|{request.get_full_path()}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def public_page(view: Callable[..., Any]) -> Callable[..., Any]:
    """ETag and 304 Not Modified for a page whose content is only packaged data."""
    return condition(etag_func=_public_etag)(view)
