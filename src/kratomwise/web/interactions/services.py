"""Which names to check for a person: what they typed, their saved list and their journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

JOURNAL_DAYS = 30  # journal substances from the last 30 days are checked automatically


@dataclass(frozen=True)
class NameSource:
    name: str
    source: str  # typed | saved | journal


def saved_names(user: User) -> list[str]:
    from kratomwise.web.interactions.models import SavedSubstance

    rows = SavedSubstance.objects.filter(owner=user)
    return sorted((row.name for row in rows), key=str.lower)


def journal_names(user: User, days: int = JOURNAL_DAYS) -> list[str]:
    """Substances other than kratom logged in the journal recently (any spelling of kratom,
    such as "kratom tea", is kratom: the interaction table decides)."""
    from kratomwise.interactions import resolve
    from kratomwise.usage.model import KRATOM
    from kratomwise.web.journal.models import Entry

    since = timezone.now() - dt.timedelta(days=days)
    found = (
        Entry.objects.filter(owner=user, taken_at__gte=since)
        .exclude(substance=KRATOM)
        .values_list("substance", flat=True)
        .distinct()
    )
    names = {str(name) for name in found if name}
    return sorted(n for n in names if resolve(n, use_library=False).names != (KRATOM,))


def display_name(name: str) -> str:
    """How a journal substance is shown to people (the journal stores 7-OH as a code)."""
    from kratomwise.usage.model import SEVEN_OH

    return str(_("7-OH product")) if name == SEVEN_OH else name


def personal_names(typed: list[str], user: User | None) -> list[NameSource]:
    """The person's saved medicines and recent journal substances not typed this time (all
    of them: the caller checks as many as the limit allows and says how many it left out)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return []
    items = [NameSource(n, "saved") for n in saved_names(user)]
    items += [NameSource(n, "journal") for n in journal_names(user)]
    unique: dict[str, NameSource] = {}
    for item in items:
        if item.name.lower() not in {t.lower() for t in typed}:
            unique.setdefault(item.name.lower(), item)
    return list(unique.values())
