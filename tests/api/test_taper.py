"""POST /api/taper/plan returns the same object as the CLI."""

from __future__ import annotations

import json

import pytest

from kratomwise.cli.main import invoke

pytestmark = pytest.mark.django_db

BODY = {"amount": 8, "unit": "g", "percent": 10, "every_days": 7, "start": "2026-01-01"}


def _post(client, body):  # type: ignore[no-untyped-def]
    return client.post("/api/taper/plan", data=json.dumps(body), content_type="application/json")


def test_plan_matches_the_cli(client, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    response = _post(client, {**BODY, "min_step": "0.5", "floor": 2})
    assert response.status_code == 200
    doc = response.json()
    code = invoke(
        [
            "taper",
            "plan",
            "--amount",
            "8",
            "--unit",
            "g",
            "--percent",
            "10",
            "--every",
            "7",
            "--start",
            "2026-01-01",
            "--min-step",
            "0.5",
            "--floor",
            "2",
            "--format",
            "json",
        ]
    )
    assert code == 0
    assert doc == json.loads(capsys.readouterr().out)
    assert doc["steps"][-1]["daily_amount"] == 0


def test_checkins_hold(client) -> None:  # type: ignore[no-untyped-def]
    body = {
        **BODY,
        "checkins": [
            {"date": "2026-01-05", "withdrawal": 30},
            {"date": "2026-01-12", "pause": "yes"},
            {"date": "2026-01-20", "pause": True, "amount_taken": "8"},
        ],
        "hold_withdrawal": 25,
    }
    doc = _post(client, body).json()
    statuses = [s["status"] for s in doc["steps"][:5]]
    assert statuses == ["planned", "held", "held", "held", "planned"]
    assert "30" in doc["steps"][1]["reason"] and "pause" in doc["steps"][2]["reason"]
    assert "treatment_options" in [w["code"] for w in doc["warnings"]]


def test_fast_taper(client) -> None:  # type: ignore[no-untyped-def]
    doc = _post(client, {**BODY, "percent": 25}).json()
    assert [w["code"] for w in doc["warnings"]] == ["fast_taper"]


@pytest.mark.parametrize(
    "change",
    [
        {"percent": 0},
        {"percent": 100},
        {"amount": 0},
        {"unit": "oz"},
        {"start": "2026-02-30"},
        {"every_days": 0},
        {"hold_craving": 11},
        {"checkins": [{"date": "nope"}]},
        {"checkins": [{"date": "2026-01-02", "pause": "maybe"}]},
        {"checkins": [{"date": "2026-01-02", "craving": 12}]},
    ],
)
def test_bad_input_is_422_with_detail(client, change: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    response = _post(client, {**BODY, **change})
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


def test_missing_field_is_a_4xx(client) -> None:  # type: ignore[no-untyped-def]
    body = dict(BODY)
    del body["unit"]
    response = _post(client, body)
    assert 400 <= response.status_code < 500 and "detail" in response.json()


def test_real_cuts_rate_statement_and_ending(owner_client, owner, capsys) -> None:  # type: ignore[no-untyped-def]
    owner.country = "US"
    owner.save()
    body = {**BODY, "amount": 8, "unit": "capsule"}
    doc = _post(owner_client, body).json()
    assert [w["code"] for w in doc["warnings"]] == ["fast_taper"]
    assert [(c["from"], c["to"], c["weekly_percent"]) for c in doc["fast_steps"]][:2] == [
        (8, 7, 12.5),
        (7, 6, 14.3),
    ]
    assert doc["no_kratom_rate"]["fact_ids"] == ["TAP-08", "TX-01"]
    assert doc["rate"]["long_term_monthly_percent"] == 10
    assert [c["code"] for c in doc["ending"]] == ["overdose_risk", "treatment_handoff"]
    lines = [r["kind"] for r in doc["ending"][1]["resources"]]
    assert lines == ["substance_use_helpline", "treatment_locator"]
    # The same object as the CLI given the same country.
    args = ["--amount", "8", "--unit", "capsule", "--percent", "10", "--every", "7"]
    code = invoke(
        ["taper", "plan", *args, "--start", "2026-01-01", "--country", "US", "--format", "json"]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out) == doc
