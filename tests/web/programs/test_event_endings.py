"""A consent that ends on an event: the person (or an admin of the program it names) marks
the event as happened, access ends on the next request, and the audit log and the ledger
show it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kratomwise.sharing import Role
from kratomwise.web.programs.models import AuditEvent, EventEnding, RoleGrant
from tests.web.programs.conftest import sign_consent, signed_in

pytestmark = pytest.mark.django_db


def _on_event(person, **recipient):
    """A consent with no end date, only an ending event."""
    return sign_consent(person, expires_in=None, **recipient)


def test_the_person_ends_sharing_when_the_event_happens(person, clinician) -> None:
    consent = _on_event(person, clinician=clinician)
    doctor = signed_in(clinician)
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 200
    me = signed_in(person, verified=False)
    page = me.get("/sharing/").content.decode()
    assert f'action="/sharing/{consent.pk}/ended/"' in page
    response = me.post(f"/sharing/{consent.pk}/ended/")
    assert response.status_code == 302 and response["Location"] == "/sharing/"
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 404
    rows = AuditEvent.objects.filter(outcome="ended_by_event")
    assert list(rows.values_list("actor_id", "subject_id", "consent_id", "action")) == [
        (person.pk, person.pk, consent.pk, "U")
    ]
    page = me.get("/sharing/").content.decode()
    assert "“end of treatment” happened: you marked it on" in page
    assert f'action="/sharing/{consent.pk}/ended/"' not in page
    # A second click changes nothing.
    assert me.post(f"/sharing/{consent.pk}/ended/").status_code == 302
    assert EventEnding.objects.count() == 1 and rows.count() == 1


def test_a_program_admin_marks_the_event_for_their_program(
    person, clinician, program, program_admin
) -> None:
    consent = _on_event(person, program=program)
    admin = signed_in(program_admin)
    page = admin.get(f"/clinic/people/{person.pk}/").content.decode()
    assert f'action="/clinic/consents/{consent.pk}/ended/"' in page
    doctor = signed_in(clinician)
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 200
    assert (
        f"/clinic/consents/{consent.pk}/ended/"
        not in doctor.get(f"/clinic/people/{person.pk}/").content.decode()
    )  # a clinician does not end consents
    assert admin.post(f"/clinic/consents/{consent.pk}/ended/").status_code == 302
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 404
    ending = EventEnding.objects.get(consent=consent)
    assert ending.program == program
    event = AuditEvent.objects.get(outcome="ended_by_event")
    assert (event.actor_id, event.subject_id, event.actor_role) == (
        program_admin.pk,
        person.pk,
        "person,program_admin",
    )
    ledger = signed_in(person, verified=False).get("/sharing/").content.decode()
    assert "“end of treatment” happened: Harbor Recovery marked it on" in ledger


def test_a_clinician_or_other_program_cannot_end_it(
    person, clinician, program, stranger_clinician, django_user_model, other_program
) -> None:
    consent = _on_event(person, program=program)
    outsider = django_user_model.objects.create_user(username="other_admin", password="x" * 20)
    RoleGrant.objects.create(user=outsider, role=Role.program_admin.value, program=other_program)
    for user in (clinician, stranger_clinician, outsider):
        assert signed_in(user).post(f"/clinic/consents/{consent.pk}/ended/").status_code == 404
    assert not EventEnding.objects.exists()
    refused = AuditEvent.objects.filter(resource="consent", outcome="denied:no_consent")
    assert refused.count() == 3


def test_a_dated_consent_without_an_event_cannot_be_ended_by_event(person, clinician) -> None:
    consent = sign_consent(person, clinician=clinician, expires_in=timedelta(days=30))
    me = signed_in(person, verified=False)
    assert f"/sharing/{consent.pk}/ended/" not in me.get("/sharing/").content.decode()
    assert me.post(f"/sharing/{consent.pk}/ended/").status_code == 404
    assert not EventEnding.objects.exists()
