"""Rules the OpenAPI document states are the rules the API applies: the schemas validate, the
code accepts every request they accept, and each operation lists every status it answers."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from kratomwise.web.accounts import tokens
from kratomwise.web.journal.models import Entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth(owner: Any) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {tokens.create(owner, 'write', 'phone')[1]}"}


def _send(method: str, path: str, body: Any, auth: dict[str, str]) -> Any:
    data = body if isinstance(body, str) else json.dumps(body)
    return getattr(Client(), method)(path, data, content_type="application/json", **auth)


@pytest.fixture
def openapi(client: Client) -> dict[str, Any]:
    doc: dict[str, Any] = client.get("/api/openapi.json").json()
    return doc


def test_every_body_operation_states_400_and_every_error_is_json(
    openapi: dict[str, Any], client: Client
) -> None:
    with_body = [
        (path, method)
        for path, item in openapi["paths"].items()
        for method, operation in item.items()
        if "requestBody" in operation
    ]
    assert len(with_body) == 8
    for path, method in with_body:
        responses = openapi["paths"][path][method]["responses"]
        assert {"400", "422", "500"} <= set(responses), (method, path)
    response = client.post("/api/check", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "the request body is not valid JSON; send a JSON object"}


def test_write_operations_state_their_login_answers(openapi: dict[str, Any]) -> None:
    entry = openapi["paths"]["/api/journal/entries/{entry_id}"]
    assert set(entry["patch"]["responses"]) == {
        "200",
        "400",
        "401",
        "403",
        "404",
        "409",
        "422",
        "500",
    }
    assert set(entry["delete"]["responses"]) == {"204", "401", "403", "404", "422", "500"}
    checkins = openapi["paths"]["/api/checkins"]["post"]["responses"]
    assert set(checkins) == {"201", "400", "401", "403", "422", "500"}


def test_amounts_are_kept_to_four_places_not_refused(auth: dict[str, str]) -> None:
    response = _send("post", "/api/journal/entries", {"amount": 0.30000000000000004}, auth)
    assert response.status_code == 201 and response.json()["amount"] == 0.3
    assert Entry.objects.get().amount == Decimal("0.3000")


@pytest.mark.parametrize(
    "body",
    [{"amount": "1"}, {"amount": True}, {"amount": 1, "craving": "5"}, {"amount": 1, "mood": 11}],
)
def test_numbers_are_json_numbers(auth: dict[str, str], body: dict[str, Any]) -> None:
    assert _send("post", "/api/journal/entries", body, auth).status_code == 422
    assert not Entry.objects.exists()


def test_a_patch_that_makes_a_7oh_product_leaf_powder_conflicts(auth: dict[str, str]) -> None:
    body = {"amount": 1, "substance": "seven_oh", "form": "extract"}
    entry_id = _send("post", "/api/journal/entries", body, auth).json()["id"]
    path = f"/api/journal/entries/{entry_id}"
    response = _send("patch", path, {"form": "leaf_powder"}, auth)
    assert response.status_code == 409
    assert response.json()["detail"].startswith("a 7-OH product is not leaf powder")
    assert Entry.objects.get().form == "extract"
    refused = _send("post", "/api/journal/entries", {**body, "form": "leaf_powder"}, auth)
    assert refused.status_code == 422


@pytest.mark.parametrize("body", ["[null, null]", "3", '"text"'])
def test_a_patch_body_is_an_object(auth: dict[str, str], body: str) -> None:
    entry_id = _send("post", "/api/journal/entries", {"amount": 1}, auth).json()["id"]
    response = _send("patch", f"/api/journal/entries/{entry_id}", body, auth)
    assert response.status_code == 422


def test_any_cursor_of_the_stated_shape_is_a_position(owner: Any, auth: dict[str, str]) -> None:
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        body = {"amount": 1, "taken_at": f"{day}T08:00:00+00:00"}
        assert _send("post", "/api/journal/entries", body, auth).status_code == 201
    first = Client().get("/api/journal/entries", {"limit": 1}, **auth).json()
    assert first["next"] == f"1767254400000000.{first['items'][0]['id']}"
    rest = Client().get("/api/journal/entries", {"cursor": first["next"]}, **auth).json()
    assert [e["taken_at"][:10] for e in rest["items"]] == ["2026-01-02", "2026-01-03"]
    made_up = Client().get("/api/journal/entries", {"cursor": "0.0"}, **auth).json()
    assert len(made_up["items"]) == 3
    assert Client().get("/api/journal/entries", {"cursor": "x.1"}, **auth).status_code == 422


def test_instrument_answers_are_stated_per_instrument(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"]
    phq9 = schemas["ScorePhq9"]["properties"]["answers"]
    by_item, in_order = phq9["oneOf"]
    assert schemas[by_item["$ref"].rsplit("/", 1)[1]]["required"] == [
        f"phq9_0{i}" for i in range(1, 10)
    ]
    lengths = [(form["minItems"], form["maxItems"]) for form in in_order["anyOf"]]
    assert lengths == [(9, 9), (10, 10)]


def test_unknown_triage_codes_are_named(client: Client) -> None:
    response = client.get("/api/assess/triage", {"codes": "nausea,made_up"})
    assert response.status_code == 422
    assert "unknown triage code(s): made_up;" in response.json()["detail"]
