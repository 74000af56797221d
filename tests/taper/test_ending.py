"""Every plan ends with the tolerance/naloxone warning and the treatment hand-off."""

from __future__ import annotations

import pytest

from kratomwise.knowledge import has_fact
from kratomwise.knowledge.resources import ResourceError
from kratomwise.taper import PlanContext, Unit, build_plan, closing
from tests.taper.helpers import settings


def test_every_plan_ends_with_overdose_risk_then_handoff() -> None:
    for plan_settings in (settings(), settings("8", Unit.CAPSULE), settings(percent="5", every=60)):
        plan = build_plan(plan_settings)
        assert [c.code for c in plan.ending] == ["overdose_risk", "treatment_handoff"]
        risk, handoff = plan.ending
        assert "tolerance falls" in risk.message and "naloxone" in risk.message
        assert "overdose" in risk.message
        assert risk.fact_ids == ("TAP-14", "TAP-04", "IXN-03")
        assert "buprenorphine" in handoff.message and "not advice on doses" in handoff.message
        assert handoff.fact_ids == ("TAP-11", "TAP-12", "TAP-13")
        assert all(has_fact(i) for c in plan.ending for i in c.fact_ids)


def test_country_adds_its_locator_and_helpline() -> None:
    risk, handoff = build_plan(settings(), context=PlanContext(country="US")).ending
    assert [(r.kind, r.name) for r in handoff.resources] == [
        ("substance_use_helpline", "SAMHSA National Helpline"),
        ("treatment_locator", "FindTreatment.gov (SAMHSA treatment locator)"),
    ]
    assert [r.kind for r in risk.resources] == ["naloxone_access"]
    assert handoff.as_dict()["resources"][0]["phone"] == "1-800-662-4357"


def test_without_a_country_the_handoff_still_says_where_to_look() -> None:
    _risk, handoff = closing(None)
    assert handoff.resources == ()
    assert handoff.message.endswith(
        "A treatment locator or a drug help line in your country can help you find care."
    )


def test_bad_country_is_an_error() -> None:
    with pytest.raises(ResourceError):
        closing("XX1")
