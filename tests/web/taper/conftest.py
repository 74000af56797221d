"""Helpers for the taper web tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

PLAN = {
    "amount": "8",
    "unit": "g",
    "percent": "10",
    "every_days": "7",
    "min_step": "",
    "floor": "",
    "start": "",
}


def plan_data(**changes: Any) -> dict[str, Any]:
    data = dict(PLAN)
    data["start"] = timezone.localdate().isoformat()
    data.update({k: str(v) for k, v in changes.items()})
    return data


@pytest.fixture
def today() -> dt.date:
    return timezone.localdate()


@pytest.fixture
def owner_plan(owner_client, owner):  # type: ignore[no-untyped-def]
    response = owner_client.post("/taper/new/", plan_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    from kratomwise.web.taper.models import TaperPlan

    return TaperPlan.objects.get(owner=owner, status="active")
