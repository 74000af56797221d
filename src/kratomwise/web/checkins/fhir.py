"""HL7 FHIR R4 export of PHQ-9 and GAD-7 results: QuestionnaireResponse + Observation.

Resources are validated with fhir.resources (its R4B models, wire-compatible with R4 for these
two resources) and then with our own check of the required value sets, because fhir.resources
accepts any string for codes such as ``Observation.status``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from kratomwise.assess import INSTRUMENTS
from kratomwise.web.checkins.models import InstrumentResponse

EXPORTABLE = ("phq9", "gad7")
LOINC = "http://loinc.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
NAMESPACE = uuid.UUID("5d0b3c0e-7c1e-4d7e-9d7a-6b1f6c6b9a51")

# Required bindings (FHIR R4).
OBSERVATION_STATUS = frozenset(
    {
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
    }
)
QR_STATUS = frozenset({"in-progress", "completed", "amended", "entered-in-error", "stopped"})
BUNDLE_TYPES = frozenset(
    {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    }
)
OBS_CATEGORIES = frozenset(
    {
        "social-history",
        "vital-signs",
        "imaging",
        "laboratory",
        "procedure",
        "survey",
        "exam",
        "therapy",
        "activity",
    }
)
_LOINC_CODE = re.compile(r"^(\d{1,7})-(\d)$")
_LOINC_ANSWER = re.compile(r"^LA\d{1,6}-\d$")

TOTAL_DISPLAY = {
    "phq9": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    "gad7": "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
}
# PHQ-9 panel 44249-1 is verified; the GAD-7 panel code (69737-5) is only partially verified,
# so the GAD-7 response points to our own questionnaire identifier instead.
QUESTIONNAIRE = {
    "phq9": "http://loinc.org/q/44249-1",
    "gad7": "urn:kratomwise:questionnaire:gad7",
}


def loinc_check_digit_ok(code: str) -> bool:
    """LOINC codes end in a mod-10 check digit (e.g. 44261-6)."""
    match = _LOINC_CODE.match(code)
    if not match:
        return False
    digits, check = match.group(1), int(match.group(2))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == check


def _urn(kind: str, pk: int) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{kind}-{pk}')}"


def questionnaire_response(response: InstrumentResponse) -> dict[str, Any]:
    inst = INSTRUMENTS[response.instrument]
    items: list[dict[str, Any]] = []
    for item in inst.items:
        value = response.answers.get(item.id)
        if value is None:
            continue
        option = next(o for o in item.options if o.points == value)
        coding: dict[str, Any] = {"display": option.label}
        if option.loinc:
            coding = {"system": LOINC, "code": option.loinc, "display": option.label}
        entry: dict[str, Any] = {"linkId": item.loinc or item.id, "text": item.text}
        if item.loinc:
            entry["definition"] = f"{LOINC}/{item.loinc}"
        entry["answer"] = [{"valueCoding": coding}]
        items.append(entry)
    items.append(
        {
            "linkId": inst.loinc_total,
            "text": TOTAL_DISPLAY[response.instrument],
            "answer": [{"valueInteger": response.total}],
        }
    )
    return {
        "resourceType": "QuestionnaireResponse",
        "id": f"kw-qr-{response.pk}",
        "questionnaire": QUESTIONNAIRE[response.instrument],
        "status": "completed",
        "subject": {"display": response.owner.get_username()},
        "authored": response.taken_at.isoformat(),
        "item": items,
    }


def observation(response: InstrumentResponse) -> dict[str, Any]:
    inst = INSTRUMENTS[response.instrument]
    doc: dict[str, Any] = {
        "resourceType": "Observation",
        "id": f"kw-obs-{response.pk}",
        "status": "final",
        "category": [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"}]}],
        "code": {
            "coding": [
                {
                    "system": LOINC,
                    "code": inst.loinc_total,
                    "display": TOTAL_DISPLAY[response.instrument],
                }
            ],
            "text": f"{inst.short_name} total score",
        },
        "subject": {"display": response.owner.get_username()},
        "effectiveDateTime": response.taken_at.isoformat(),
        "valueInteger": response.total,
        "derivedFrom": [{"reference": _urn("qr", response.pk)}],
    }
    if response.band:
        band = next(b for b in inst.bands if b.id == response.band)
        doc["interpretation"] = [{"text": str(band.label)}]
    return doc


def validate_value_sets(resource: dict[str, Any]) -> list[str]:
    """Problems with required codes that fhir.resources does not check (empty = valid)."""
    problems: list[str] = []
    kind = resource.get("resourceType")
    if kind == "Bundle":
        if resource.get("type") not in BUNDLE_TYPES:
            problems.append(f"Bundle.type {resource.get('type')!r} is not a Bundle type")
        for entry in resource.get("entry", []):
            problems += validate_value_sets(entry.get("resource", {}))
    elif kind == "Observation":
        if resource.get("status") not in OBSERVATION_STATUS:
            problems.append(f"Observation.status {resource.get('status')!r} is not allowed")
        for cat in resource.get("category", []):
            for c in cat.get("coding", []):
                if c.get("system") == OBS_CATEGORY and c.get("code") not in OBS_CATEGORIES:
                    problems.append(f"Observation.category {c.get('code')!r} is not allowed")
        codings = resource.get("code", {}).get("coding", [])
        if not any(c.get("system") == LOINC for c in codings):
            problems.append("Observation.code has no LOINC coding")
        for c in codings:
            if c.get("system") == LOINC and not loinc_check_digit_ok(str(c.get("code"))):
                problems.append(f"Observation.code {c.get('code')!r} is not a valid LOINC code")
    elif kind == "QuestionnaireResponse":
        if resource.get("status") not in QR_STATUS:
            problems.append(
                f"QuestionnaireResponse.status {resource.get('status')!r} is not allowed"
            )
        for item in resource.get("item", []):
            for answer in item.get("answer", []):
                c = answer.get("valueCoding")
                if c and c.get("system") == LOINC and not _LOINC_ANSWER.match(str(c.get("code"))):
                    problems.append(f"answer code {c.get('code')!r} is not a LOINC answer code")
    else:
        problems.append(f"unexpected resourceType {kind!r}")
    return problems


class ExportError(ValueError):
    pass


def bundle(responses: Iterable[InstrumentResponse]) -> dict[str, Any]:
    """A FHIR collection Bundle of PHQ-9/GAD-7 results, validated twice; raises ExportError."""
    entries: list[dict[str, Any]] = []
    for r in responses:
        if r.instrument not in EXPORTABLE:
            continue
        qr, obs = questionnaire_response(r), observation(r)
        QuestionnaireResponse.model_validate(qr)
        Observation.model_validate(obs)
        entries.append({"fullUrl": _urn("qr", r.pk), "resource": qr})
        entries.append({"fullUrl": _urn("obs", r.pk), "resource": obs})
    doc: dict[str, Any] = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    Bundle.model_validate(doc)
    problems = validate_value_sets(doc)
    if problems:
        raise ExportError("; ".join(problems))
    return doc
