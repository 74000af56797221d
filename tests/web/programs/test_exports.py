"""FHIR bundle and one-page visit summary of a shared record; one disclosure per export."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from kratomwise.sharing import Category
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.programs import fhir_export, summary
from kratomwise.web.programs.models import AuditEvent, Disclosure
from tests.web.programs.conftest import sign_consent, signed_in
from tests.web.taper.conftest import plan_data

pytestmark = pytest.mark.django_db
ALL = frozenset({Category.journal, Category.checkins, Category.taper})


def _fill(person, days: int = 30) -> None:
    """A month of use with another substance, PHQ-9 (item 9 positive), GAD-7 and a taper."""
    now = timezone.now()
    for day in range(days):
        Entry.objects.create(
            owner=person, taken_at=now - timedelta(days=day, hours=2), amount=3 + day % 3
        )
        if day % 5 == 0:
            Entry.objects.create(
                owner=person,
                taken_at=now - timedelta(days=day, hours=1),
                substance="alcohol",
                form="other",
                amount=2,
                unit="ml",
            )
    InstrumentResponse.objects.create(
        owner=person,
        instrument="phq9",
        total=11,
        band="moderate",
        answers={f"phq9_0{i}": 1 for i in range(1, 10)},
        safety_flag=True,
        taken_at=now - timedelta(days=2),
    )
    InstrumentResponse.objects.create(
        owner=person,
        instrument="gad7",
        total=6,
        band="mild",
        answers={f"gad7_0{i}": 1 for i in range(1, 7)} | {"gad7_07": 0},
        taken_at=now - timedelta(days=2),
    )
    client = signed_in(person, verified=False)
    assert client.post("/taper/new/", plan_data()).status_code == 302


@pytest.mark.parametrize("shape", ["full", "checkins_only", "empty"])
def test_fhir_bundle_validates_for_three_people(person, clinician, shape) -> None:
    categories = {"full": ALL, "checkins_only": frozenset({Category.checkins}), "empty": ALL}[shape]
    if shape != "empty":
        _fill(person)
    consent = sign_consent(person, clinician=clinician, categories=[c.value for c in categories])
    bundle = fhir_export.bundle_for(consent, person, categories, part2=True)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[0] == "Patient" and kinds[-1] == "Consent"
    if shape == "full":
        assert {"QuestionnaireResponse", "Observation", "CarePlan", "MedicationStatement"} <= set(
            kinds
        )
    if shape == "checkins_only":
        assert "MedicationStatement" not in kinds and "CarePlan" not in kinds
    assert fhir_export.value_set_problems(bundle) == []
    for entry in bundle["entry"]:
        codes = {s["code"] for s in entry["resource"]["meta"]["security"]}
        assert codes == {"R", "42CFRPart2"}


def test_summary_is_one_page_with_every_section(person) -> None:
    _fill(person)
    pdf = PdfReader(io.BytesIO(summary.build(person, ALL, part2=True)))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    for section in (
        "Safety",
        "Use, last 30 days",
        "Signals",
        "Other substances",
        "Latest scores",
        "Taper",
        "Notice",
        "42 CFR Part 2",
        "item 9",
        "alcohol",
    ):
        assert section in text, section
    assert "ounseling" not in text


def test_summary_shows_only_shared_categories(person) -> None:
    _fill(person)
    text = (
        PdfReader(io.BytesIO(summary.build(person, frozenset({Category.taper}))))
        .pages[0]
        .extract_text()
    )
    assert "Taper" in text and "Latest scores" not in text and "Use, last" not in text


@pytest.mark.parametrize(
    ("url", "kind"), [("fhir/", "application/fhir+json"), ("summary.pdf", "application/pdf")]
)
def test_each_export_writes_exactly_one_disclosure(person, clinician, url, kind) -> None:
    _fill(person)
    sign_consent(person, clinician=clinician)
    response = signed_in(clinician).get(f"/clinic/people/{person.pk}/{url}")
    assert response.status_code == 200 and response["Content-Type"] == kind
    assert Disclosure.objects.filter(person=person).count() == 1
    assert (
        AuditEvent.objects.filter(action="E", subject_id=person.pk, outcome="exported").count() == 1
    )
    if kind.endswith("json"):
        kinds = {e["resource"]["resourceType"] for e in json.loads(response.content)["entry"]}
        assert "CarePlan" not in kinds  # taper was not shared


def test_exports_need_consent(person, stranger_clinician) -> None:
    _fill(person)
    for url in ("fhir/", "summary.pdf"):
        assert (
            signed_in(stranger_clinician).get(f"/clinic/people/{person.pk}/{url}").status_code
            == 404
        )
    assert not Disclosure.objects.exists()
