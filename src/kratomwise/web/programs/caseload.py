"""What the caseload shows of each person: only the categories they shared.

The caller has already decided, through ``access.people_shared_with``, which people and which
categories this clinician may read; this module reads those rows and nothing else, in a few
queries for the whole caseload rather than a few per person.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import lru_cache
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Max
from django.utils import timezone

from kratomwise import interactions
from kratomwise.sharing import Category, Flag, Snapshot, flags, sort_key
from kratomwise.sharing.attention import RECENT
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.models import TaperCheckIn
from kratomwise.web.taper.services import held_today


@lru_cache(maxsize=4096)
def _dangerous(substances: frozenset[str]) -> bool:
    return interactions.check(sorted(substances), use_library=False).highest_severity == "dangerous"


def _with(shared: dict[int, frozenset[Category]], category: Category) -> list[int]:
    return [pid for pid, categories in shared.items() if category in categories]


def _dangerous_days(people: list[int], since: datetime) -> dict[int, datetime]:
    """Per person, the last time in the window the journal shows a dangerous combination."""
    days: dict[tuple[int, Any], set[str]] = defaultdict(set)
    latest: dict[tuple[int, Any], datetime] = {}
    window = Entry.objects.filter(owner_id__in=people, taken_at__gte=since)
    # A combination needs two substances: only people who logged two in the window are read.
    mixed = (
        window.values("owner_id")
        .annotate(kinds=Count("substance", distinct=True))
        .filter(kinds__gte=2)
        .values_list("owner_id", flat=True)
    )
    rows = window.filter(owner_id__in=list(mixed))
    for owner, taken_at, substance in rows.values_list("owner_id", "taken_at", "substance"):
        key = (owner, taken_at.date())
        days[key].add(substance)
        latest[key] = max(latest.get(key, taken_at), taken_at)
    found: dict[int, datetime] = {}
    for key, substances in days.items():
        if _dangerous(frozenset(substances)):
            found[key[0]] = max(found.get(key[0], latest[key]), latest[key])
    return found


def snapshots(shared: dict[int, frozenset[Category]]) -> dict[int, Snapshot]:
    now = timezone.now()
    since = now - RECENT
    values: dict[int, dict[str, Any]] = {
        pid: {"person_id": pid, "shares_checkins": Category.checkins in cats}
        for pid, cats in shared.items()
    }
    checkins = _with(shared, Category.checkins)
    responses = InstrumentResponse.objects.filter(owner_id__in=checkins)
    for owner, at in (
        responses.values("owner_id").annotate(at=Max("taken_at")).values_list("owner_id", "at")
    ):
        values[owner]["last_checkin_at"] = at
    positive = responses.filter(instrument="phq9", safety_flag=True, taken_at__gte=since)
    for owner, at in (
        positive.values("owner_id").annotate(at=Max("taken_at")).values_list("owner_id", "at")
    ):
        values[owner]["suicide_item_positive_at"] = at
    taper = _with(shared, Category.taper)
    recent = TaperCheckIn.objects.filter(owner_id__in=taper, created_at__gte=since).order_by(
        "day", "pk"
    )
    for row in recent:
        if row.triage_level:
            values[row.owner_id]["triage_level_at"] = (row.triage_level, row.created_at)
    for pid in held_today(taper):
        values[pid]["taper_on_hold"] = True
    for pid, at in _dangerous_days(_with(shared, Category.journal), since).items():
        values[pid]["dangerous_combination_at"] = at
    return {pid: Snapshot(**fields) for pid, fields in values.items()}


def rows(shared: dict[int, frozenset[Category]]) -> list[dict[str, Any]]:
    """One row per person, the most urgent first."""
    now = timezone.now()
    people = get_user_model().objects.in_bulk(list(shared))
    shared = {pid: cats for pid, cats in shared.items() if pid in people}
    found: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for pid, snapshot in snapshots(shared).items():
        person_flags: list[Flag] = flags(snapshot, now)
        row = {"person": people[pid], "flags": person_flags, "categories": shared[pid]}
        found.append((sort_key(person_flags), row))
    found.sort(key=lambda pair: (pair[0], pair[1]["person"].get_username()))
    return [row for _key, row in found]
