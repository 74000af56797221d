from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from kratomwise.web.journal.models import Entry

pytestmark = pytest.mark.django_db


def test_today_section_shows_quick_log_and_signals(owner_client, owner) -> None:  # type: ignore[no-untyped-def]
    midnight = timezone.now().replace(hour=0, minute=5, second=0, microsecond=0)
    Entry.objects.create(
        owner=owner,
        taken_at=midnight,
        amount=Decimal(15),
        unit="mg",
        substance="seven_oh",
        form="seven_oh_product",
    )
    page = owner_client.get("/").content.decode()
    assert "Log a use" in page and "Repeat last" in page
    assert "Concentrated 7-OH product" in page and "/evidence/7OH-03/" in page
    assert "seven_oh_use" not in page and ">warning<" not in page


def test_today_section_without_entries(member_client) -> None:  # type: ignore[no-untyped-def]
    page = member_client.get("/").content.decode()
    assert "Log a use" in page and "Repeat last" not in page
