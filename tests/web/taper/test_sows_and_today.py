"""SOWS check-ins (from kratomwise.assess) and the Today section."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from kratomwise.assess import get_instrument
from kratomwise.web.taper.dashboard import today_section
from kratomwise.web.taper.models import TaperCheckIn

pytestmark = pytest.mark.django_db


def _sows_ids() -> list[str]:
    return [item.id for item in get_instrument("sows").items]


def test_sows_checkin_and_threshold(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/thresholds/", {"withdrawal_scale": "sows", "hold_withdrawal": "20"})
    page = owner_client.get("/taper/").content.decode()
    ids = _sows_ids()
    assert len(ids) == 16 and all(f'name="{i}"' in page for i in ids)
    data = {"day": today.isoformat(), **{i: "2" for i in ids}}
    assert owner_client.post("/taper/checkin/", data).status_code == 302
    row = TaperCheckIn.objects.get(owner=owner)
    assert row.withdrawal == 32 and row.withdrawal_scale == "sows" and len(row.sows_answers) == 16
    page = owner_client.get("/taper/").content.decode()
    assert "was 32, at or above the threshold of 20" in page


def test_partial_sows_is_refused(owner_client, owner, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/thresholds/", {"withdrawal_scale": "sows"})
    data = {"day": today.isoformat(), _sows_ids()[0]: "3"}
    assert owner_client.post("/taper/checkin/", data).status_code == 400
    assert not TaperCheckIn.objects.exists()


def test_rating_checkins_do_not_trip_a_sows_threshold(owner_client, owner_plan, today) -> None:  # type: ignore[no-untyped-def]
    owner_client.post("/taper/checkin/", {"day": today.isoformat(), "withdrawal": "9"})
    owner_client.post("/taper/thresholds/", {"withdrawal_scale": "sows", "hold_withdrawal": "5"})
    page = owner_client.get("/taper/").content.decode()
    assert 'data-testid="hold"' not in page


def test_today_section(owner, owner_plan, member) -> None:  # type: ignore[no-untyped-def]
    request = RequestFactory().get("/")
    request.user = owner
    section = today_section(request)
    assert section is not None and section["template"] == "taper/_today.html"
    assert section["taper_target"] == "8" and section["taper_held"] is False
    request.user = member
    assert today_section(request) is None


def test_today_page_shows_the_target(owner_client, owner_plan) -> None:  # type: ignore[no-untyped-def]
    page = owner_client.get("/").content.decode()
    assert "Today's target from your plan" in page and '<span class="big">8</span>' in page
