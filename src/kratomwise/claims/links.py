"""Links and calls to purchase found in a document: listed, classified, never made clickable."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from kratomwise.claims.lexicon import lexicon
from kratomwise.claims.model import Link, LinkKind
from kratomwise.knowledge.sources import is_commercial

_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\].,;:!?\"']", re.I)
_PUBLIC_SUFFIX = re.compile(r"\.(gov|edu|mil|int)(\.[a-z]{2})?$|(^|\.)(who\.int|nih\.gov)$", re.I)


def classify(url: str, text: str = "") -> LinkKind:
    """affiliate (a tracked referral), shop (a seller or a purchase call) or other."""
    lx = lexicon()
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower()
    if lx.affiliate_url.search(url):
        return LinkKind.affiliate
    if _PUBLIC_SUFFIX.search(host):
        return LinkKind.other
    path = f"{host}{parts.path}".lower()
    if is_commercial(url) or lx.shop_url.search(path) or lx.shop_text.search(text):
        return LinkKind.shop
    return LinkKind.other


def bare_urls(text: str) -> list[str]:
    return [m.group(0) for m in _BARE_URL.finditer(text)]


def build_links(raw: Iterable[tuple[str, str]], calls: Iterable[str]) -> tuple[Link, ...]:
    """Deduplicated links (first text wins) plus calls to purchase that carry no link."""
    seen: dict[str, Link] = {}
    for url, text in raw:
        url = url.strip()
        if not url or url.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        if url not in seen:
            seen[url] = Link(url=url, text=" ".join(text.split()), kind=classify(url, text))
    out = list(seen.values())
    texts = {link.text for link in out}
    for call in calls:
        call = " ".join(call.split())
        if call and call not in texts:
            texts.add(call)
            out.append(Link(url="", text=call, kind=LinkKind.shop))
    return tuple(out)
