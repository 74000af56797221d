"""All entries, 50 a page: plain links (no script), every entry exactly once across pages."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from kratomwise.web.journal.models import Entry
from kratomwise.web.journal.views import PER_PAGE

pytestmark = pytest.mark.django_db


def test_every_entry_once_across_pages(owner_client, owner, member) -> None:  # type: ignore[no-untyped-def]
    now = timezone.now().replace(microsecond=0)
    # Pairs share a time, so the order must break ties the same way on every page.
    rows = [
        Entry(owner=owner, amount=Decimal(1), taken_at=now - dt.timedelta(hours=k // 2))
        for k in range(2 * PER_PAGE + 23)
    ]
    Entry.objects.bulk_create(rows)
    Entry.objects.create(owner=member, amount=Decimal(1))
    Entry.objects.filter(owner=owner).first().save()  # one edited entry among them
    seen: list[int] = []
    url = "/journal/entries/?sort=x"
    pages = 0
    while url:
        response = owner_client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        seen += [int(pk) for pk in re.findall(r'href="/journal/(\d+)/edit/"', html)]
        older = re.search(r'href="\?([^"]*)" rel="next"', html)
        url = f"/journal/entries/?{older.group(1).replace('&amp;', '&')}" if older else ""
        if older:
            assert "sort=x" in older.group(1)  # other query parameters are kept
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen))
    assert sorted(seen) == sorted(Entry.objects.filter(owner=owner).values_list("pk", flat=True))


def test_out_of_range_page_numbers_show_the_last_page(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    entry = Entry.objects.create(owner=owner, amount=Decimal(1))
    for page in ("999", "abc", "-1"):
        response = owner_client.get(f"/journal/entries/?page={page}")
        assert response.status_code == 200
        assert response.content.decode().count(f'href="/journal/{entry.pk}/edit/"') == 1
