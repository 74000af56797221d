"""Severity levels of an interaction, ordered from most to least severe.

``unknown`` ranks above ``low_risk`` on purpose: a combination nobody can rate might be anything,
so it must never be shown as less worrying than one that is known to be low risk, and a name we
cannot resolve keeps the overall result at ``unknown`` or worse (never "no interaction").
"""

from __future__ import annotations

from collections.abc import Iterable

from kratomwise.i18n import _

SEVERITIES: tuple[str, ...] = ("dangerous", "unsafe", "caution", "unknown", "low_risk")

_RANK = {name: index for index, name in enumerate(SEVERITIES)}


def is_severity(value: str) -> bool:
    return value in _RANK


def rank(severity: str) -> int:
    """0 for the most severe level; larger numbers are less severe."""
    try:
        return _RANK[severity]
    except KeyError:
        raise ValueError(f"unknown severity {severity!r}") from None


def most_severe(levels: Iterable[str], default: str = "unknown") -> str:
    """The most severe of ``levels`` (``default`` when there are none)."""
    found = [level for level in levels]
    if not found:
        return default
    return min(found, key=rank)


def at_least(severity: str, floor: str) -> bool:
    """True when ``severity`` is as severe as ``floor`` or more."""
    return rank(severity) <= rank(floor)


def _words(severity: str) -> tuple[str, str]:
    """The plain label and the one-sentence meaning of a level (translated when asked)."""
    words = {
        "dangerous": (
            _("Dangerous"),
            _("Can be life-threatening: this combination has caused overdoses or deaths."),
        ),
        "unsafe": (
            _("Unsafe"),
            _("Avoid: serious harm is possible and the risk is hard to control."),
        ),
        "caution": (
            _("Caution"),
            _("Possible harm: take care, watch for the signs listed, and tell a clinician."),
        ),
        "unknown": (
            _("Unknown"),
            _("Not enough is known to rate this. Unknown does not mean safe."),
        ),
        "low_risk": (
            _("Low risk"),
            _("No important interaction is known; this is not a promise of safety."),
        ),
    }
    return words[severity]


def label(severity: str) -> str:
    """Plain label for people."""
    return _words(severity)[0]


def meaning(severity: str) -> str:
    """One sentence saying what the level means."""
    return _words(severity)[1]
