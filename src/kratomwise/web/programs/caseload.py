"""What the caseload shows of each person: only the categories they shared.

The caller has already decided, through ``access.people_shared_with``, which people and which
categories this clinician may read; this module reads those rows and nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Max
from django.utils import timezone

from kratomwise import interactions
from kratomwise.sharing import Category, Flag, Snapshot, flags, sort_key
from kratomwise.sharing.attention import RECENT
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.models import TaperCheckIn
from kratomwise.web.taper.services import active_plan, build_view


def _dangerous_day(person: Any, since: Any) -> Any:
    """When, in the window, the journal last shows a dangerous combination (or None)."""
    by_day: dict[Any, set[str]] = defaultdict(set)
    latest: dict[Any, Any] = {}
    for entry in Entry.objects.filter(owner=person, taken_at__gte=since).only(
        "taken_at", "substance"
    ):
        day = entry.taken_at.date()
        by_day[day].add(entry.substance)
        latest[day] = max(latest.get(day, entry.taken_at), entry.taken_at)
    for day in sorted(by_day, reverse=True):
        names = sorted(by_day[day])
        if names and interactions.check(names, use_library=False).highest_severity == "dangerous":
            return latest[day]
    return None


def snapshot(person: Any, categories: frozenset[Category]) -> Snapshot:
    now = timezone.now()
    since = now - RECENT
    values: dict[str, Any] = {
        "person_id": person.pk,
        "shares_checkins": Category.checkins in categories,
    }
    if Category.checkins in categories:
        responses = InstrumentResponse.objects.filter(owner=person)
        positive = responses.filter(
            instrument="phq9", safety_flag=True, taken_at__gte=since
        ).aggregate(at=Max("taken_at"))
        values["suicide_item_positive_at"] = positive["at"]
        values["last_checkin_at"] = responses.aggregate(at=Max("taken_at"))["at"]
    if Category.taper in categories:
        latest = (
            TaperCheckIn.objects.filter(owner=person)
            .exclude(triage_level="")
            .order_by("-day")
            .first()
        )
        if latest is not None:
            values["triage_level_at"] = (latest.triage_level, latest.created_at)
        plan = active_plan(person)
        values["taper_on_hold"] = plan is not None and build_view(plan, person).held_now
    if Category.journal in categories:
        values["dangerous_combination_at"] = _dangerous_day(person, since)
    return Snapshot(**values)


def rows(shared: dict[int, frozenset[Category]]) -> list[dict[str, Any]]:
    """One row per person, the most urgent first."""
    now = timezone.now()
    people = get_user_model().objects.in_bulk(list(shared))
    found: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for pid, categories in shared.items():
        person = people.get(pid)
        if person is None:
            continue
        person_flags: list[Flag] = flags(snapshot(person, categories), now)
        found.append(
            (
                sort_key(person_flags),
                {"person": person, "flags": person_flags, "categories": categories},
            )
        )
    found.sort(key=lambda pair: (pair[0], pair[1]["person"].get_username()))
    return [row for _key, row in found]


def recent_window() -> timedelta:
    return RECENT
