"""Rows stored before the one date rule (kratomwise.dates) may hold dates outside it: pages
still answer, quickly, and nothing is lost (issue 14)."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone

from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.models import TaperCheckIn, TaperPlan

pytestmark = pytest.mark.django_db

PAGES = (
    "/",
    "/journal/",
    "/journal/entries/",
    "/taper/",
    "/taper/history/",
    "/checkins/",
    "/api/journal/analysis",
)
FAR = (("0001-01-01 00:00:00", "0001-01-01"), ("9999-12-31 23:00:00", "9999-12-31"))


def _set(table: str, column: str, value: str, pk: int) -> None:
    """Write the date straight into the table, as an older database may hold it."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {column} = %s WHERE id = %s", [value, pk])


@pytest.fixture
def far_rows(owner):  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    plan = TaperPlan.objects.create(
        owner=owner, amount=Decimal(8), percent=Decimal(10), every_days=7, start=today
    )
    Entry.objects.create(owner=owner, amount=Decimal(2))  # one ordinary entry today
    for moment, day in FAR:
        entry = Entry.objects.create(owner=owner, amount=Decimal(3), form="seven_oh_product")
        _set("journal_entry", "taken_at", moment, entry.pk)
        checkin = TaperCheckIn.objects.create(owner=owner, day=today, withdrawal=3, craving=2)
        _set("taper_tapercheckin", "day", day, checkin.pk)
        response = InstrumentResponse.objects.create(owner=owner, instrument="phq9", total=3)
        _set("checkins_instrumentresponse", "taken_at", moment, response.pk)
    _set("taper_taperplan", "start", "9999-12-31", plan.pk)
    return plan


@pytest.mark.parametrize("page", PAGES)
def test_pages_answer_fast_with_far_dates(owner_client, member_client, far_rows, page) -> None:  # type: ignore[no-untyped-def]
    member_client.get(page)  # the first request of a process loads the packaged data
    started = time.perf_counter()
    response = owner_client.get(page)
    assert response.status_code == 200
    assert time.perf_counter() - started < 2.0


def test_far_entries_are_listed_with_a_marker_and_left_out_of_the_analysis(
    owner_client, owner, far_rows
) -> None:  # type: ignore[no-untyped-def]
    analysis = owner_client.get("/api/journal/analysis").json()
    assert analysis["entries"] == 1
    assert [s["code"] for s in analysis["signals"]] == []
    listed = owner_client.get("/journal/entries/").content.decode()
    assert listed.count("Date outside the range kratomwise accepts") == 2
    page = owner_client.get("/journal/").content.decode()
    assert "2 entries have dates outside the range kratomwise accepts" in page
    assert Entry.objects.filter(owner=owner).count() == 3  # nothing lost


def test_far_taper_rows_stay_stored_but_never_reach_a_plan(owner, far_rows) -> None:  # type: ignore[no-untyped-def]
    assert not TaperPlan.objects.filter(owner=owner).exists()
    assert TaperPlan.all_objects.filter(owner=owner).count() == 1
    assert not TaperCheckIn.objects.filter(owner=owner).exists()
    assert TaperCheckIn.all_objects.filter(owner=owner).count() == 2
