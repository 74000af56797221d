"""No regular expression in the package is super-linear (issue 14 item 2).

Every compiled pattern kratomwise holds (module-level ``re.Pattern`` objects and the claim
checker's YAML patterns) is fed adversarial text: long runs of spaces, of one character, of a
repeated prefix, and the Markdown line that once cost a minute ("# a" + spaces + "x"). Each
search must finish well inside a time limit at a length where any quadratic pattern would not.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import kratomwise

SHORT = 600  # a cubic pattern already takes a second here (the old Markdown heading: 1.1 s)
LONG = 4000  # ... and a quadratic one most of a second
LIMIT_S = 0.25  # one search on a shared, loaded machine; linear patterns take a few ms

# Units repeated to build the inputs: spaces, word characters, the prefixes of Markdown,
# URLs, numbers and sentence ends that the patterns look for.
_UNITS = (
    " ",
    "\t",
    "a",
    "a ",
    "aa-",
    "1",
    "1.",
    "1 ",
    ".",
    ". ",
    "-",
    "- ",
    "#",
    "# ",
    "*",
    "**",
    "[",
    "[a](",
    "(",
    "<",
    "<p",
    "'",
    "www.",
    "http://a",
    "kratom ",
    "not ",
    "is ",
    "the ",
    "no evidence ",
    "cures ",
    "pain ",
    "¹",
    "\n",
    "\n ",
)


def _inputs(n: int) -> list[str]:
    out = []
    for unit in _UNITS:
        run = unit * (n // len(unit))
        out += [run, run + "x", run + "!", "# a" + run + "x"]
    out.append("# a" + " " * n + "x")
    return out


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(kratomwise.__path__, "kratomwise."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(f"{info.name}.{name}", value)
    from kratomwise.claims.lexicon import Lexicon, lexicon
    from kratomwise.claims.registry import entries

    lx = lexicon()
    for name in Lexicon.__slots__:
        found[f"patterns.yaml:{name}"] = getattr(lx, name)
    for entry in entries():
        for i, pattern in enumerate(entry.all + entry.none):
            for j, p in enumerate(pattern if isinstance(pattern, tuple) else (pattern,)):
                found.setdefault(f"registry.yaml:{entry.id}[{i}.{j}]", p)
    return found


PATTERNS = _patterns()


def test_patterns_are_collected() -> None:
    assert len(PATTERNS) > 300
    assert "kratomwise.claims.inputs._SAFE_BREAK" in PATTERNS


def _slowest(pattern: re.Pattern[str], n: int) -> tuple[float, str]:
    worst = (0.0, "")
    for text in _inputs(n):
        started = time.process_time()  # CPU time: other programs on the machine do not count
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        elapsed = time.process_time() - started
        if elapsed > worst[0]:
            worst = (elapsed, repr(text[:12]) + f"... ({len(text)} chars)")
    return worst


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_super_linear_pattern(name: str) -> None:
    pattern = PATTERNS[name]
    if isinstance(pattern.pattern, bytes):
        pytest.skip("bytes pattern")
    for n in (SHORT, LONG):
        elapsed, sample = _slowest(pattern, n)
        assert elapsed < LIMIT_S, f"{name} took {elapsed:.2f} s on {sample}"
