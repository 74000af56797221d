"""FHIR R4 export of PHQ-9 and GAD-7 (fhir.resources + our own value-set check)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation

from kratomwise.web.checkins.fhir import (
    loinc_check_digit_ok,
    validate_value_sets,
)

pytestmark = pytest.mark.django_db


def _post(client, instrument: str, answers: list[int]):  # type: ignore[no-untyped-def]
    from kratomwise.assess import INSTRUMENTS

    data = {
        item.id: str(v) for item, v in zip(INSTRUMENTS[instrument].items, answers, strict=False)
    }
    return client.post(f"/checkins/{instrument}/", data)


def test_export_bundle(member_client) -> None:  # type: ignore[no-untyped-def]
    _post(member_client, "phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0, 3])
    _post(member_client, "gad7", [3, 3, 3, 3, 3, 3, 3])
    _post(member_client, "sows", [1] * 16)  # not exported
    response = member_client.get("/checkins/export/fhir.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    doc = json.loads(response.content)
    Bundle.model_validate(doc)
    assert validate_value_sets(doc) == []
    kinds = [e["resource"]["resourceType"] for e in doc["entry"]]
    assert kinds == ["QuestionnaireResponse", "Observation"] * 2
    phq_obs = doc["entry"][1]["resource"]
    assert phq_obs["status"] == "final" and phq_obs["valueInteger"] == 10
    assert phq_obs["code"]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "44261-6",
        "display": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    }
    assert phq_obs["category"][0]["coding"][0]["code"] == "survey"
    assert phq_obs["derivedFrom"][0]["reference"] == doc["entry"][0]["fullUrl"]
    qr = doc["entry"][0]["resource"]
    assert qr["status"] == "completed" and qr["questionnaire"] == "http://loinc.org/q/44249-1"
    first = qr["item"][0]
    assert first["linkId"] == "44250-9"
    assert first["answer"][0]["valueCoding"]["code"] == "LA6570-1"  # 2 = more than half the days
    assert qr["item"][-1] == {
        "linkId": "44261-6",
        "text": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
        "answer": [{"valueInteger": 10}],
    }
    gad_obs = doc["entry"][3]["resource"]
    assert gad_obs["code"]["coding"][0]["code"] == "70274-6" and gad_obs["valueInteger"] == 21


def test_export_only_own_and_filter(member_client, outsider_client) -> None:  # type: ignore[no-untyped-def]
    _post(member_client, "phq9", [0] * 9)
    doc = json.loads(outsider_client.get("/checkins/export/fhir.json").content)
    assert doc["entry"] == []
    doc = json.loads(member_client.get("/checkins/export/fhir.json?instrument=gad7").content)
    assert doc["entry"] == []


def test_single_export_only_for_phq9_gad7(member_client) -> None:  # type: ignore[no-untyped-def]
    from kratomwise.web.checkins.models import InstrumentResponse

    _post(member_client, "craving", [3])
    pk = InstrumentResponse.objects.get().pk
    assert member_client.get(f"/checkins/r/{pk}/fhir.json").status_code == 404


def test_fhir_resources_accepts_a_bad_status_but_our_check_does_not() -> None:
    bad = {
        "resourceType": "Observation",
        "status": "done",
        "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}]},
        "valueInteger": 3,
    }
    Observation.model_validate(bad)  # accepted by the library
    problems = validate_value_sets(bad)
    assert problems and "status" in problems[0]


@pytest.mark.parametrize(
    ("resource", "fragment"),
    [
        ({"resourceType": "QuestionnaireResponse", "status": "done", "item": []}, "status"),
        ({"resourceType": "Bundle", "type": "pile", "entry": []}, "Bundle.type"),
        (
            {
                "resourceType": "Observation",
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "44261-5"}]},
            },
            "LOINC",
        ),
        ({"resourceType": "Observation", "status": "final", "code": {"text": "x"}}, "LOINC"),
        (
            {
                "resourceType": "Observation",
                "status": "final",
                "category": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                "code": "mood",
                            }
                        ]
                    }
                ],
                "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}]},
            },
            "category",
        ),
    ],
)
def test_value_set_check(resource: dict, fragment: str) -> None:  # type: ignore[type-arg]
    assert fragment in " ".join(validate_value_sets(resource))


@pytest.mark.parametrize(
    "code",
    [
        "44249-1",
        "44261-6",
        "70274-6",
        "44250-9",
        "44255-8",
        "44259-0",
        "44254-1",
        "44251-7",
        "44258-2",
        "44252-5",
        "44253-3",
        "44260-8",
        "69722-7",
        "69725-0",
        "68509-9",
        "69733-4",
        "69734-2",
        "69735-9",
        "69689-8",
        "69736-7",
    ],
)
def test_loinc_check_digits_of_our_codes(code: str) -> None:
    assert loinc_check_digit_ok(code)
    assert not loinc_check_digit_ok(code[:-1] + str((int(code[-1]) + 1) % 10))
