"""The three consent types in the wizard: each shows its own statements, each refuses a
missing element with the core's message and stores nothing, and counseling notes stay apart
(never in a general consent, never in an export)."""

from __future__ import annotations

import json

import pytest
from django.utils.html import escape

from kratomwise.sharing import STATEMENT_KINDS, ConsentType
from kratomwise.web.programs.models import AuditEvent, Consent, Disclosure
from kratomwise.web.programs.statements import SHOWN, TEXTS, texts, versions
from tests.web.programs.conftest import share_form, sign_consent, signed_in

pytestmark = pytest.mark.django_db
TYPES = list(ConsentType)
CATEGORIES = {
    ConsentType.disclosure: ["journal", "checkins"],
    ConsentType.tpo: ["taper"],
    ConsentType.counseling_notes: ["counseling_notes"],
}


def _post(kind: ConsentType, clinician, **changes) -> dict[str, object]:
    return share_form(clinician, kind.value, **{"categories": CATEGORIES[kind], **changes})


def test_every_type_shows_each_statement_kind_once_and_every_version_exists() -> None:
    for kind in TYPES:
        assert tuple(SHOWN[kind]) == STATEMENT_KINDS
        assert set(SHOWN[kind].values()) <= set(TEXTS)
    redisclosure = {SHOWN[kind]["redisclosure"] for kind in TYPES}
    assert len(redisclosure) == 3  # each type says its own thing about sharing again


def test_the_first_step_offers_the_three_types(person, clinician) -> None:
    page = signed_in(person, verified=False).get("/sharing/new/").content.decode()
    for value in ("disclosure", "tpo", "counseling_notes"):
        assert f'name="type" value="{value}"' in page
    assert "Counseling notes only" in page and "Sign and share" not in page


@pytest.mark.parametrize("kind", TYPES, ids=lambda k: k.value)
def test_each_type_shows_its_statements_and_offers_its_categories(person, clinician, kind) -> None:
    page = signed_in(person, verified=False).get(f"/sharing/new/?type={kind.value}")
    html = page.content.decode()
    for text in texts(kind):
        assert escape(str(text)) in html
    others = {SHOWN[k]["redisclosure"] for k in TYPES if k is not kind}
    for version in others:
        assert escape(str(TEXTS[version])) not in html
    offered = 'value="counseling_notes"' in html, 'value="journal"' in html
    assert offered == ((True, False) if kind is ConsentType.counseling_notes else (False, True))


@pytest.mark.parametrize("kind", TYPES, ids=lambda k: k.value)
def test_each_type_is_signed_with_the_versions_shown(person, clinician, kind) -> None:
    client = signed_in(person, verified=False)
    response = client.post("/sharing/new/", _post(kind, clinician))
    assert response.status_code == 302
    consent = Consent.objects.get(person=person)
    assert consent.type == kind.value
    assert consent.categories == sorted(CATEGORIES[kind])
    assert consent.statements == versions(kind)
    assert AuditEvent.objects.filter(resource="consent", outcome="signed").count() == 1


MISSING = [
    ("recipient", "Name who receives the records (a clinician or a program)."),
    ("categories", "Choose at least one kind of information to share."),
    ("purpose", "Say what the records are shared for."),
    ("expires_on", "Give an end date or an event that ends the consent."),
    ("person_name", "The name of the person whose records are shared is missing."),
    ("signer", "The consent must be signed."),
    ("relationship", "Say how the signer is related to the person (for example, self)."),
    ("read_statements", "Please read the statements above and tick this box."),
]


@pytest.mark.parametrize("kind", TYPES, ids=lambda k: k.value)
@pytest.mark.parametrize(("field", "message"), MISSING, ids=[f for f, _m in MISSING])
def test_a_missing_element_is_named_and_nothing_is_stored(
    person, clinician, kind, field, message
) -> None:
    data = _post(kind, clinician)
    data.pop(field)
    response = signed_in(person, verified=False).post("/sharing/new/", data)
    assert response.status_code == 200
    assert escape(message) in response.content.decode()
    assert not Consent.objects.exists()
    assert not AuditEvent.objects.filter(resource="consent").exists()


@pytest.mark.parametrize(
    ("kind", "categories", "message"),
    [
        (
            ConsentType.disclosure,
            ["journal", "counseling_notes"],
            "Counseling notes can only be shared with a consent of their own.",
        ),
        (
            ConsentType.tpo,
            ["counseling_notes"],
            "Counseling notes can only be shared with a consent of their own.",
        ),
        (
            ConsentType.counseling_notes,
            ["counseling_notes", "journal"],
            "A counseling-notes consent covers counseling notes and nothing else.",
        ),
    ],
)
def test_counseling_notes_never_share_a_consent(
    person, clinician, kind, categories, message
) -> None:
    data = _post(kind, clinician, categories=categories)
    response = signed_in(person, verified=False).post("/sharing/new/", data)
    assert escape(message) in response.content.decode()
    assert not Consent.objects.exists()


def test_an_unknown_type_goes_back_to_the_first_step(person, clinician) -> None:
    data = _post(ConsentType.disclosure, clinician, type="research")
    response = signed_in(person, verified=False).post("/sharing/new/", data)
    assert response.status_code == 200 and 'name="type" value="tpo"' in response.content.decode()
    assert not Consent.objects.exists()


def test_exports_leave_counseling_notes_out(person, clinician) -> None:
    sign_consent(person, clinician=clinician, categories=("journal",))
    sign_consent(
        person,
        clinician=clinician,
        categories=("counseling_notes",),
        kind=ConsentType.counseling_notes,
    )
    doctor = signed_in(clinician)
    response = doctor.get(f"/clinic/people/{person.pk}/fhir/")
    assert response.status_code == 200
    assert "counseling" not in json.dumps(json.loads(response.content)).lower()
    summary = doctor.get(f"/clinic/people/{person.pk}/summary.pdf")
    assert summary.status_code == 200
    descriptions = list(Disclosure.objects.values_list("description", flat=True))
    assert len(descriptions) == 2 and all("counseling" not in d for d in descriptions)
    exported = AuditEvent.objects.filter(outcome="exported").values_list("category", flat=True)
    assert list(exported) == ["journal", "journal"]


def test_a_counseling_notes_consent_alone_exports_nothing(person, clinician) -> None:
    sign_consent(
        person,
        clinician=clinician,
        categories=("counseling_notes",),
        kind=ConsentType.counseling_notes,
    )
    doctor = signed_in(clinician)
    for url in (f"/clinic/people/{person.pk}/fhir/", f"/clinic/people/{person.pk}/summary.pdf"):
        assert doctor.get(url).status_code == 404
    assert not Disclosure.objects.exists()
    assert AuditEvent.objects.filter(outcome="denied:no_consent").count() == 2
