"""Consent the person controls, the clinician's view of it, revocation and the accounting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from kratomwise.web.programs.models import AuditEvent, Consent, ConsentRecipient, Disclosure
from kratomwise.web.programs.views.person import accounting
from tests.web.programs.conftest import share_form, sign_consent, signed_in

pytestmark = pytest.mark.django_db


def test_person_shares_through_the_wizard(person, clinician) -> None:
    client = signed_in(person, verified=False)
    page = client.get("/sharing/new/?type=disclosure").content.decode()
    assert "You can take back this consent" in page and "42 CFR Part 2" in page
    response = client.post("/sharing/new/", share_form(clinician))
    assert response.status_code == 302
    consent = Consent.objects.get(person=person)
    assert sorted(consent.categories) == ["checkins", "journal"]
    assert len(consent.document_hash) == 64 and set(consent.statements) == {
        "revocation",
        "redisclosure",
        "refusal_consequences",
    }
    assert AuditEvent.objects.filter(resource="consent", outcome="signed").count() == 1


@pytest.mark.parametrize(
    "field", ["purpose", "person_name", "signer", "relationship", "read_statements"]
)
def test_an_incomplete_consent_is_refused_and_nothing_is_stored(person, clinician, field) -> None:
    client = signed_in(person, verified=False)
    data = share_form(clinician)
    data.pop(field)
    response = client.post("/sharing/new/", data)
    assert response.status_code == 200
    assert not Consent.objects.exists()


def test_no_end_date_or_event_is_refused(person, clinician) -> None:
    client = signed_in(person, verified=False)
    response = client.post("/sharing/new/", share_form(clinician, expires_on=""))
    assert "end date or an event" in response.content.decode()
    assert not Consent.objects.exists()


def test_sharing_needs_the_password_again(person, clinician) -> None:
    client = signed_in(person, verified=False, reauth=False)
    response = client.get("/sharing/new/")
    assert response.status_code == 302 and response["Location"].startswith("/reauth/")


def test_clinician_sees_shared_data_then_revocation_is_immediate(person, clinician) -> None:
    consent = sign_consent(person, clinician=clinician)
    doctor = signed_in(clinician)
    assert "pat" in doctor.get("/clinic/").content.decode()
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 200
    recipient = ConsentRecipient.objects.get(consent=consent)
    me = signed_in(person, verified=False)
    assert me.post(f"/sharing/revoke/{recipient.pk}/").status_code == 302
    assert doctor.get(f"/clinic/people/{person.pk}/").status_code == 404
    assert "pat" not in doctor.get("/clinic/").content.decode()


def test_other_program_and_expired_consent_get_404(person, clinician, stranger_clinician) -> None:
    sign_consent(person, clinician=clinician, expires_in=timedelta(seconds=-1))
    assert signed_in(clinician).get(f"/clinic/people/{person.pk}/").status_code == 404
    sign_consent(person, clinician=clinician)
    assert signed_in(stranger_clinician).get(f"/clinic/people/{person.pk}/").status_code == 404


def test_program_consent_reaches_every_clinician_of_the_program(
    person, clinician, program, django_user_model
) -> None:
    from kratomwise.sharing import Role
    from tests.web.programs.conftest import make_user

    colleague = make_user(django_user_model, "dr_kim", (Role.clinician, program))
    sign_consent(person, program=program)
    assert signed_in(colleague).get(f"/clinic/people/{person.pk}/").status_code == 200


def test_without_mfa_no_shared_page(person, clinician) -> None:
    sign_consent(person, clinician=clinician)
    client = signed_in(clinician, verified=False)
    for url in ("/clinic/", f"/clinic/people/{person.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/mfa/")


def test_person_cannot_revoke_someone_elses_consent(person, clinician, django_user_model) -> None:
    consent = sign_consent(person, clinician=clinician)
    other = django_user_model.objects.create_user(username="someone", password="x" * 20)
    recipient = ConsentRecipient.objects.get(consent=consent)
    assert (
        signed_in(other, verified=False).post(f"/sharing/revoke/{recipient.pk}/").status_code == 404
    )
    assert ConsentRecipient.objects.get(pk=recipient.pk).revoked_at is None


def test_every_clinician_read_is_audited_with_its_fields(person, clinician) -> None:
    sign_consent(person, clinician=clinician)
    doctor = signed_in(clinician)
    before = AuditEvent.objects.filter(action="R", subject_id=person.pk).count()
    for _ in range(5):
        doctor.get(f"/clinic/people/{person.pk}/")
    reads = AuditEvent.objects.filter(action="R", subject_id=person.pk).order_by("pk")[before:]
    assert len(reads) == 10  # journal and check-ins on each of 5 views
    for row in reads:
        assert row.actor_id == clinician.pk and row.actor_role == "clinician,person"
        assert row.outcome == "allowed" and row.consent_id and row.request_id
        assert row.client_ip == "127.0.0.1" and row.category in ("journal", "checkins")
        assert row.purpose == "treatment"


def test_accounting_keeps_three_years(person, clinician) -> None:
    now = timezone.now()
    for days in (1, 365, 3 * 365, 3 * 365 + 2):
        Disclosure.objects.create(
            person=person,
            at=now - timedelta(days=days),
            recipient="Dr Lee",
            description="Visit summary",
            purpose="treatment",
        )
    rows = accounting(person.pk, now)
    assert len(rows) == 3
    assert all(set(row) == {"at", "recipient", "description", "purpose"} for row in rows)
    page = signed_in(person, verified=False).get("/sharing/disclosures/").content.decode()
    assert page.count("Visit summary") == 3


def test_open_signup_is_off_unless_turned_on(client, settings) -> None:
    assert client.get("/signup/").status_code == 404
    settings.KRATOMWISE_OPEN_SIGNUP = True
    assert client.get("/signup/").status_code == 200


def test_first_run_owner_is_site_admin_and_person(client) -> None:
    from kratomwise.web.programs.models import RoleGrant

    password = "a long enough pass phrase 9"
    response = client.post(
        "/accounts/setup/", {"username": "owner", "password1": password, "password2": password}
    )
    assert response.status_code == 302
    assert set(RoleGrant.objects.values_list("role", flat=True)) == {"site_admin", "person"}


def test_disclosures_name_what_was_read_in_words(person, clinician) -> None:
    sign_consent(person, clinician=clinician, categories=("journal",))
    signed_in(clinician).get(f"/clinic/people/{person.pk}/")
    page = signed_in(person, verified=False).get("/sharing/disclosures/").content.decode()
    assert "Viewed your use journal" in page


def test_audit_rows_record_the_client_behind_a_trusted_proxy(
    person, clinician, monkeypatch
) -> None:
    monkeypatch.setenv("KRATOMWISE_TRUSTED_PROXIES", "127.0.0.1")
    sign_consent(person, clinician=clinician, categories=("journal",))
    signed_in(clinician).get(f"/clinic/people/{person.pk}/", HTTP_X_FORWARDED_FOR="203.0.113.7")
    row = AuditEvent.objects.filter(action="R", subject_id=person.pk).latest("pk")
    assert row.client_ip == "203.0.113.7"
