"""No shop links, no purchase calls, no discount codes anywhere people read our words.

The claim checker's own detection patterns (src/kratomwise/claims/data/) are the one exception:
they must name what they look for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kratomwise.knowledge.sources import commercial_hosts, is_commercial

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kratomwise"
EXCEPTED = (PACKAGE / "claims" / "data",)
# Reference data keeps seller URLs only as the record of where a claim was read; the loaders mark
# them so pages never link them. These files may therefore mention seller hosts.
RECORD_FILES = {
    "commercial_domains.txt",
    "legal_status.csv",
    "reference.yaml",
    "crisis_resources.csv",
}

PROMOTION = re.compile(
    r"\b(buy now|buy here|where to buy|shop now|order now|add to cart|checkout|discount code|"
    r"coupon|promo code|"
    r"free shipping|best kratom|premium kratom|top vendors?|\d+\s?% off|use code)\b",
    re.IGNORECASE,
)
# "buy" on its own is a call to purchase unless the sentence describes the law ("you must be 21 to
# buy", "whether you can buy"): a modal or "to" just before it makes it descriptive.
BARE_BUY = re.compile(r"(?<![\w-])buy\b", re.IGNORECASE)
DESCRIPTIVE = re.compile(
    r"\b(to|can|cannot|can't|may|not|actually|who|or|you|they|people)\s+$", re.IGNORECASE
)


def _purchase_calls(text: str) -> list[str]:
    calls = [m.group(0) for m in PROMOTION.finditer(text)]
    for match in BARE_BUY.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if not DESCRIPTIVE.search(before):
            calls.append(text[max(0, match.start() - 20) : match.end() + 20])
    return calls


LINK = re.compile(r"""href\s*=\s*["'](https?://[^"']+)""", re.IGNORECASE)


def _user_facing_files() -> list[Path]:
    files = []
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or any(path.is_relative_to(e) for e in EXCEPTED):
            continue
        if path.suffix in {".html", ".txt", ".yaml", ".yml", ".csv", ".md"} or (
            path.suffix == ".py" and "migrations" not in path.parts
        ):
            files.append(path)
    return sorted(files)


def _strings(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix != ".py":
        return text
    # Only string literals in Python: identifiers like "checkout" in code are not user-facing.
    return "\n".join(
        m.group(0) for m in re.finditer(r"(\"\"\"[\s\S]*?\"\"\"|\"[^\"\n]*\"|'[^'\n]*')", text)
    )


@pytest.mark.parametrize("path", _user_facing_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_purchase_calls_or_shop_links(path: Path) -> None:
    text = _strings(path)
    if path.name not in RECORD_FILES:
        calls = sorted(set(_purchase_calls(text)))
        assert not calls, f"promotional wording {calls} in {path.relative_to(PACKAGE)}"
        hosts = [h for h in commercial_hosts() if h in text]
        assert not hosts, f"seller host {hosts} named in {path.relative_to(PACKAGE)}"
    for url in LINK.findall(text):
        assert not is_commercial(url), f"link to a seller {url} in {path.relative_to(PACKAGE)}"


def test_the_scanner_catches_what_it_should() -> None:
    for bad in (
        "Buy now!",
        "Use code KRATOM20 for 20% off",
        "free shipping today",
        "Shop now",
        "Buy our capsules.",
        "Best price - buy kratom",
    ):
        assert _purchase_calls(bad), bad
    for fine in (
        "People who use kratom deserve honest information.",
        "You must be 21 or older to buy kratom.",
        "whether you can buy it is unclear",
    ):
        assert not _purchase_calls(fine), fine
