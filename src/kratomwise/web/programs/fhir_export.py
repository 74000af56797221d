"""A FHIR R4 Bundle of what a consent lets the reader see: Patient, check-ins
(QuestionnaireResponse + Observation, LOINC), the taper (CarePlan), substances from the
journal (MedicationStatement) and the Consent itself. Records of a 42 CFR Part 2 program carry
the security labels R (restricted) and 42CFRPart2 on every resource.

Validated with fhir.resources (R4B models, wire-compatible with R4 here) and with our own
checks of the required value sets, which fhir.resources does not enforce.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.careplan import CarePlan
from fhir.resources.R4B.consent import Consent as FhirConsent
from fhir.resources.R4B.domainresource import DomainResource
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.patient import Patient

from kratomwise.sharing import Category
from kratomwise.web.checkins import fhir as checkins_fhir
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.programs.models import Consent
from kratomwise.web.taper.services import active_plan

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

PART2_SECURITY = [
    {
        "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
        "code": "R",
        "display": "restricted",
    },
    {
        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
        "code": "42CFRPart2",
        "display": "42 CFR Part2",
    },
]
REQUIRED_STATUS = {
    "Consent": {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"},
    "CarePlan": {
        "draft",
        "active",
        "on-hold",
        "revoked",
        "completed",
        "entered-in-error",
        "unknown",
    },
    "MedicationStatement": {
        "active",
        "completed",
        "entered-in-error",
        "intended",
        "stopped",
        "on-hold",
        "unknown",
        "not-taken",
    },
}
JOURNAL_DAYS = 90
NAMESPACE = uuid.UUID("0f5b6f0e-3f0c-4a51-8d0e-9b8a7c1d2e3f")


def _urn(kind: str, key: object) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{kind}-{key}')}"


def _patient(consent: Consent) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": f"kw-patient-{consent.person_id}",
        "name": [{"text": consent.person_name}],
    }


def _consent(consent: Consent, patient_ref: str) -> dict[str, Any]:
    return {
        "resourceType": "Consent",
        "id": f"kw-consent-{consent.pk}",
        "status": "active",
        "scope": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                    "code": "patient-privacy",
                }
            ]
        },
        "category": [
            {
                "coding": [
                    {"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent"}
                ]
            }
        ],
        "patient": {"reference": patient_ref},
        "dateTime": consent.signed_at.isoformat(),
        "policyRule": {"text": "42 CFR 2.31"},
        "provision": {
            "type": "permit",
            **({"period": {"end": consent.expires_at.isoformat()}} if consent.expires_at else {}),
            "purpose": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                    "code": "TREAT",
                    "display": consent.purpose,
                }
            ],
        },
    }


def _care_plan(person: User, patient_ref: str) -> dict[str, Any] | None:
    plan = active_plan(person)
    if plan is None:
        return None
    return {
        "resourceType": "CarePlan",
        "id": f"kw-taper-{plan.pk}",
        "status": "active",
        "intent": "plan",
        "title": "Kratom taper",
        "description": (
            f"Step down from {plan.amount} {plan.unit} a day by {plan.percent} % "
            f"every {plan.every_days} days, starting {plan.start.isoformat()}; "
            "the plan pauses when withdrawal or craving is high."
        ),
        "subject": {"reference": patient_ref},
        "period": {"start": plan.start.isoformat()},
    }


def _medication_statements(person: User, patient_ref: str) -> list[dict[str, Any]]:
    since = timezone.now() - timedelta(days=JOURNAL_DAYS)
    spans: dict[str, list[Any]] = {}
    for entry in Entry.objects.filter(owner=person, taken_at__gte=since).only(
        "substance", "taken_at"
    ):
        spans.setdefault(entry.substance, []).append(entry.taken_at)
    return [
        {
            "resourceType": "MedicationStatement",
            "id": f"kw-use-{person.pk}-{index}",
            "status": "completed",
            "medicationCodeableConcept": {"text": substance},
            "subject": {"reference": patient_ref},
            "effectivePeriod": {"start": min(times).isoformat(), "end": max(times).isoformat()},
            "note": [{"text": f"{len(times)} uses logged in the last {JOURNAL_DAYS} days"}],
        }
        for index, (substance, times) in enumerate(sorted(spans.items()))
    ]


def value_set_problems(bundle: dict[str, Any]) -> list[str]:
    problems = checkins_fhir.validate_value_sets(
        {
            **bundle,
            "entry": [
                e
                for e in bundle["entry"]
                if e["resource"]["resourceType"] in ("Observation", "QuestionnaireResponse")
            ],
        }
    )
    for entry in bundle["entry"]:
        resource = entry["resource"]
        allowed = REQUIRED_STATUS.get(resource["resourceType"])
        if allowed is not None and resource.get("status") not in allowed:
            problems.append(
                f"{resource['resourceType']}.status {resource.get('status')!r} is not allowed"
            )
        if (
            resource["resourceType"] == "MedicationStatement"
            and "medicationCodeableConcept" not in resource
        ):
            problems.append("MedicationStatement needs a medication")
        if resource["resourceType"] == "CarePlan" and resource.get("intent") not in {
            "proposal",
            "plan",
            "order",
            "option",
        }:
            problems.append("CarePlan.intent is not allowed")
    return problems


def bundle_for(
    consent: Consent, person: User, categories: frozenset[Category], *, part2: bool
) -> dict[str, Any]:
    """The bundle of ``categories`` (already allowed by the access rule) for ``consent``."""
    patient = _patient(consent)
    patient_ref = _urn("patient", consent.person_id)
    resources: list[tuple[str, dict[str, Any]]] = [(patient_ref, patient)]
    if Category.checkins in categories:
        for response in InstrumentResponse.objects.filter(
            owner=person, instrument__in=checkins_fhir.EXPORTABLE
        ):
            qr = checkins_fhir.questionnaire_response(response)
            obs = checkins_fhir.observation(response)
            qr["subject"] = obs["subject"] = {"reference": patient_ref}
            resources += [(_urn("qr", response.pk), qr), (_urn("obs", response.pk), obs)]
    if Category.taper in categories and (care_plan := _care_plan(person, patient_ref)):
        resources.append((_urn("careplan", care_plan["id"]), care_plan))
    if Category.journal in categories:
        resources += [
            (_urn("use", s["id"]), s) for s in _medication_statements(person, patient_ref)
        ]
    resources.append((_urn("consent", consent.pk), _consent(consent, patient_ref)))
    models: dict[str, type[DomainResource]] = {
        "Patient": Patient,
        "CarePlan": CarePlan,
        "MedicationStatement": MedicationStatement,
        "Consent": FhirConsent,
    }
    for _url, resource in resources:
        if part2:
            resource["meta"] = {"security": PART2_SECURITY}
        model = models.get(resource["resourceType"])
        if model is not None:
            model.model_validate(resource)
    doc: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": timezone.now().isoformat(),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in resources],
    }
    if part2:
        doc["meta"] = {"security": PART2_SECURITY}
    Bundle.model_validate(doc)
    problems = value_set_problems(doc)
    if problems:
        raise checkins_fhir.ExportError("; ".join(problems))
    return doc
