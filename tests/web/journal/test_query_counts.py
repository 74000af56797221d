"""The personal pages read a fixed, small number of rows once the analysis is cached: the
newest check-in of each instrument in one query, and old deleted entries looked for at most
hourly (issue 14: personal pages under load)."""

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
    assert len(journal) == 7 and len(today) == 9
    assert not any('deleted_at" <' in q for q in journal + today)  # purged within the hour
    assert sum("checkins_instrumentresponse" in q for q in today) == 2  # newest of each, safety


def test_today_shows_the_newest_response_of_each_instrument(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    old = timezone.now() - timezone.timedelta(days=3)
    first = InstrumentResponse.objects.create(owner=owner, instrument="gad7", total=4)
    InstrumentResponse.objects.filter(pk=first.pk).update(taken_at=old)
    InstrumentResponse.objects.create(owner=owner, instrument="gad7", total=11)
    page = owner_client.get("/").content.decode()
    assert page.count("GAD-7: ") == 1 and "GAD-7: 11</a>" in page
