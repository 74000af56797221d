"""Which names to check for a person: what they typed, their saved list and their journal."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.utils import timezone

MAX_NAMES = 25
MAX_NAME_LENGTH = 100
JOURNAL_DAYS = 30  # journal substances from the last 30 days are checked automatically

_SPLIT = re.compile(r"[,;\n]+")


def split_names(text: str) -> list[str]:
    """Names typed into one box, separated by commas, semicolons or new lines."""
    seen: dict[str, str] = {}
    for part in _SPLIT.split(text or ""):
        name = " ".join(part.split())[:MAX_NAME_LENGTH]
        if name and name.lower() not in seen:
            seen[name.lower()] = name
    return list(seen.values())[:MAX_NAMES]


@dataclass(frozen=True)
class NameSource:
    name: str
    source: str  # typed | saved | journal


def saved_names(user: object) -> list[str]:
    from kratomwise.web.interactions.models import SavedSubstance

    rows = SavedSubstance.objects.filter(owner=user)
    return sorted((row.name for row in rows), key=str.lower)


def journal_names(user: object, days: int = JOURNAL_DAYS) -> list[str]:
    """Substances other than kratom leaf logged in the journal recently ("" if none)."""
    from kratomwise.usage.model import KRATOM
    from kratomwise.web.journal.models import Entry

    since = timezone.now() - dt.timedelta(days=days)
    found = (
        Entry.objects.filter(owner=user, taken_at__gte=since)
        .exclude(substance=KRATOM)
        .values_list("substance", flat=True)
        .distinct()
    )
    return sorted({str(name) for name in found if name})


def names_to_check(typed: list[str], user: object | None) -> list[NameSource]:
    items = [NameSource(n, "typed") for n in typed]
    if user is not None and getattr(user, "is_authenticated", False):
        items += [NameSource(n, "saved") for n in saved_names(user)]
        items += [NameSource(n, "journal") for n in journal_names(user)]
    unique: dict[str, NameSource] = {}
    for item in items:
        unique.setdefault(item.name.lower(), item)
    return list(unique.values())[:MAX_NAMES]
