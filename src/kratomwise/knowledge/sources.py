"""Source URLs: which ones may be shown to people as links."""

from __future__ import annotations

from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@cache
def commercial_hosts() -> frozenset[str]:
    text = resources.files("kratomwise.knowledge").joinpath("data/commercial_domains.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


def host_of(url: str) -> str:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")


def is_commercial(url: str) -> bool:
    """True when ``url`` belongs to a kratom seller (never to be linked or named)."""
    host = host_of(url)
    return any(host == h or host.endswith("." + h) for h in commercial_hosts())


def split_urls(cell: str) -> list[str]:
    """Split a reference cell holding several URLs separated by ' ; '."""
    return [part.strip() for part in cell.split(" ; ") if part.strip()]
