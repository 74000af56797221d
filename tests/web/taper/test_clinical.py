"""Signals from the check-ins app: COWS, PHQ-9 item 9 and the DSM-5 screen."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from kratomwise.assess import COWS_HOLD_THRESHOLD
from kratomwise.web.checkins.models import InstrumentResponse

pytestmark = pytest.mark.django_db


def _response(owner, instrument: str, total: int, **extra) -> None:  # type: ignore[no-untyped-def]
    InstrumentResponse.objects.create(
        owner=owner, instrument=instrument, total=total, taken_at=timezone.now(), **extra
    )


def test_cows_at_threshold_holds(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _response(owner, "cows", COWS_HOLD_THRESHOLD)
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "2"})
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' in page and f"COWS {COWS_HOLD_THRESHOLD}" in page


def test_cows_below_threshold_does_not_hold(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _response(owner, "cows", COWS_HOLD_THRESHOLD - 1)
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "2"})
    assert 'data-testid="hold"' not in owner_client.get("/taper/").content.decode()


def test_old_cows_does_not_count(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    InstrumentResponse.objects.create(
        owner=owner,
        instrument="cows",
        total=30,
        taken_at=timezone.now() - dt.timedelta(days=3),
    )
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "craving": "2"})
    assert 'data-testid="hold"' not in owner_client.get("/taper/").content.decode()


def test_phq9_item9_holds_and_puts_care_first(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _response(owner, "phq9", 5, answers={"phq9_09": 1}, safety_flag=True)
    owner_client.post("/taper/checkin/", {"day": today.isoformat()})
    page = owner_client.get("/taper/").content.decode()
    assert 'role="alert"' in page and page.index('role="alert"') < page.index("<h1>")
    assert 'href="/help/"' in page


def test_moderate_dsm5_gives_notices(owner_client, owner, owner_plan) -> None:  # type: ignore[no-untyped-def]
    _response(owner, "dsm5", 4, band="moderate")
    page = owner_client.get("/taper/").content.decode()
    assert 'data-code="talk_to_clinician"' in page and 'data-code="treatment_options"' in page
    assert 'href="/help/resources/"' in page
    # Facts that give milligram doses are never linked from the taper.
    assert 'href="/evidence/TX-03/"' not in page and 'href="/evidence/TX-04/"' not in page


def test_other_peoples_signals_do_not_count(owner_client, member, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    _response(member, "cows", 30)
    _response(member, "dsm5", 8, band="severe")
    owner_client.post("/taper/checkin/", {"day": today.isoformat()})
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' not in page and "talk_to_clinician" not in page


def test_opioids_in_the_journal(owner_client, owner, owner_plan) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from kratomwise.web.journal.models import Entry

    Entry.objects.create(
        owner=owner,
        taken_at=timezone.now(),
        substance="ibuprofen",
        form="other",
        amount=Decimal(400),
        unit="mg",
    )
    page = owner_client.get("/taper/").content.decode()
    assert "talk_to_clinician" not in page
    Entry.objects.create(
        owner=owner,
        taken_at=timezone.now(),
        substance="oxycodone",
        form="other",
        amount=Decimal(5),
        unit="mg",
    )
    page = owner_client.get("/taper/").content.decode()
    assert 'data-code="talk_to_clinician"' in page and 'data-code="treatment_options"' in page


def test_four_withdrawal_symptoms_hold_via_triage(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.taper.models import TaperCheckIn

    three = ["sweating", "yawning", "insomnia"]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "symptoms": three})
    row = TaperCheckIn.objects.get(owner=owner)
    assert row.triage_level == "self_care" and "TR-C6" not in row.triage_rules
    assert 'data-testid="hold"' not in owner_client.get("/taper/").content.decode()
    owner_client.post(
        "/taper/checkin/", {"day": today.isoformat(), "symptoms": [*three, "muscle_aches"]}
    )
    row = TaperCheckIn.objects.filter(owner=owner).last()
    assert row.triage_level == "see_clinician" and "TR-C6" in row.triage_rules
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' in page and "four or more withdrawal symptoms" in page


def test_unknown_symptom_code_is_refused(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.taper.models import TaperCheckIn

    response = owner_client.post("/taper/checkin/", {"day": today.isoformat(), "symptoms": ["x"]})
    assert response.status_code == 400 and not TaperCheckIn.objects.exists()
