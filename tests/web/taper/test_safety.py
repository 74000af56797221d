"""Issue 12 item 7 on the taper pages: care-first holds, the plan's ending, 7-OH, units, print."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.taper.models import HoldOverride
from tests.web.taper.conftest import plan_data

pytestmark = pytest.mark.django_db


def _care_first_hold(owner, owner_client, today) -> None:  # type: ignore[no-untyped-def]
    InstrumentResponse.objects.create(
        owner=owner,
        instrument="phq9",
        total=5,
        taken_at=timezone.now(),
        answers={"phq9_09": 1},
        safety_flag=True,
    )
    owner_client.post("/taper/checkin/", {"day": today.isoformat()})


def test_care_first_hold_offers_no_continue(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _care_first_hold(owner, owner_client, today)
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' in page
    assert "Continue with the cut anyway" not in page
    assert "it cannot be skipped" in page
    due = owner_plan.start + dt.timedelta(days=7)
    response = owner_client.post(f"/taper/{owner_plan.pk}/override/", {"due": due.isoformat()})
    assert response.status_code == 404
    assert not HoldOverride.objects.exists()


def test_pause_hold_still_offers_continue(owner_client, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "pause": "on"})
    assert "Continue with the cut anyway" in owner_client.get("/taper/").content.decode()


def test_seven_oh_in_journal_does_not_say_the_plan_involves_it(
    owner_client, owner, owner_plan
) -> None:  # type: ignore[no-untyped-def]
    Entry.objects.create(
        owner=owner,
        taken_at=timezone.now(),
        substance="seven_oh",
        form="seven_oh_product",
        amount=Decimal(10),
        unit="mg",
    )
    page = owner_client.get("/taper/").content.decode()
    assert "the plan involves a 7-OH product" not in page
    assert "your journal shows use of a 7-OH product" in page


def test_ending_on_page_and_print_with_the_countrys_lines(owner_client, owner, owner_plan) -> None:  # type: ignore[no-untyped-def]
    owner.country = "US"
    owner.save()
    for url in ("/taper/", f"/taper/{owner_plan.pk}/print/"):
        page = owner_client.get(url).content.decode()
        ending = page[page.index('data-testid="plan-ending"') :]
        assert "Your tolerance falls as you cut down" in ending and "naloxone" in ending
        assert "SAMHSA National Helpline" in ending and "findtreatment.gov" in ending
        assert 'href="tel:18006624357"' in ending
        # Print keeps the emergency line of the footer.
        assert "In an emergency, call 911 now." in ending  # the country set in settings


def test_units_and_dates_read_well(owner_client, owner, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/new/", plan_data(amount="1", unit="capsule"))
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="target">1 capsule</p>' in page
    assert "capsules capsules" not in page
    assert date_format(today, "DATE_FORMAT") in page
    assert today.isoformat() not in page.replace(f'value="{today.isoformat()}"', "")
    history = owner_client.get("/taper/history/").content.decode()
    assert '<td class="nowrap">1 capsule</td>' in history
    assert "10 % every 7 days" in history


def test_days_on_target_counts_less_than_target(owner_client, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "amount_taken": "5"})
    page = owner_client.get("/taper/").content.decode()
    assert '<span class="big">100 %</span>' in page
    assert "1 of 1 recorded days at or below the target" in page


def test_no_internal_codes_on_taper_pages(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _care_first_hold(owner, owner_client, today)
    for url in ("/taper/", f"/taper/{owner_plan.pk}/print/", "/taper/history/"):
        page = owner_client.get(url).content.decode()
        text = page.replace('data-code="', "")
        for code in ("fast_taper", "treatment_handoff", "overdose_risk", "phq9_item9", "TR-"):
            assert f">{code}" not in text and f" {code} " not in text
