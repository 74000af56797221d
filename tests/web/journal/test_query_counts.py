"""The personal pages read a fixed, small number of rows once the analysis is cached: the
newest check-in of each instrument and the PHQ-9 safety check in one query, the recent entries
cached with the analysis, and old deleted entries looked for at most hourly (issue 14: personal
pages under load)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry

pytestmark = pytest.mark.django_db


def _queries(client, path: str) -> list[str]:  # type: ignore[no-untyped-def]
    client.get(path)  # fills the caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def test_warm_pages_read_a_fixed_number_of_queries(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    Entry.objects.create(owner=owner, taken_at=timezone.now(), amount=Decimal(3), unit="g")
    for instrument in ("phq9", "gad7", "craving"):
        for _ in range(2):
            InstrumentResponse.objects.create(owner=owner, instrument=instrument, total=1)
    journal = _queries(owner_client, "/journal/")
    today = _queries(owner_client, "/")
    assert len(journal) == 6 and len(today) == 7
    assert not any('deleted_at" <' in q for q in journal + today)  # purged within the hour
    assert sum("checkins_instrumentresponse" in q for q in today) == 1  # newest of each, safety


def test_today_shows_the_newest_response_of_each_instrument(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    old = timezone.now() - timezone.timedelta(days=3)
    first = InstrumentResponse.objects.create(owner=owner, instrument="gad7", total=4)
    InstrumentResponse.objects.filter(pk=first.pk).update(taken_at=old)
    InstrumentResponse.objects.create(owner=owner, instrument="gad7", total=11)
    page = owner_client.get("/").content.decode()
    assert page.count("GAD-7: ") == 1 and "GAD-7: 11</a>" in page


def test_recent_entries_follow_an_edit_and_a_delete(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, taken_at=timezone.now(), amount=Decimal(3), unit="g")
    assert "first note" not in owner_client.get("/journal/").content.decode()
    entry.note = "first note"
    entry.save()
    assert "first note" in owner_client.get("/journal/").content.decode()
    entry.deleted_at = timezone.now()
    entry.save()
    page = owner_client.get("/journal/").content.decode()
    assert "first note" not in page and "Repeat last" not in page


def test_today_names_a_recent_positive_safety_item_even_when_a_newer_phq9_is_negative(
    owner_client, owner
) -> None:  # type: ignore[no-untyped-def]
    flagged = InstrumentResponse.objects.create(
        owner=owner, instrument="phq9", total=14, safety_flag=True
    )
    InstrumentResponse.objects.filter(pk=flagged.pk).update(
        taken_at=timezone.now() - timezone.timedelta(days=2)
    )
    InstrumentResponse.objects.create(owner=owner, instrument="phq9", total=3)
    page = owner_client.get("/").content.decode()
    assert 'id="today-safety"' in page
    assert page.count("PHQ-9: ") == 1 and "PHQ-9: 3</a>" in page


def test_today_leaves_out_a_safety_item_older_than_the_window(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    flagged = InstrumentResponse.objects.create(
        owner=owner, instrument="phq9", total=14, safety_flag=True
    )
    InstrumentResponse.objects.filter(pk=flagged.pk).update(
        taken_at=timezone.now() - timezone.timedelta(days=15)
    )
    page = owner_client.get("/").content.decode()
    assert 'id="today-safety"' not in page and "PHQ-9: 14</a>" in page
