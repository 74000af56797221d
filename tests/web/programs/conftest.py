"""People for clinician mode: a person, their clinician (with MFA), a clinician of another
program, a program admin, and helpers to sign consents and read codes."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from kratomwise.sharing import Category, ConsentType, Role, document_hash
from kratomwise.web.programs.models import Consent, ConsentRecipient, Program, RoleGrant
from kratomwise.web.programs.statements import versions
from tests.conftest import PASSWORD


def make_user(django_user_model, username: str, *roles: tuple[Role, Program | None]):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    RoleGrant.objects.create(user=user, role=Role.person.value)
    for role, program in roles:
        RoleGrant.objects.create(user=user, role=role.value, program=program)
    return user


def device_for(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():06d}"


def signed_in(user, *, verified: bool = True, reauth: bool = True) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    if verified:
        session["otp_device_id"] = device_for(user).persistent_id
    if reauth:
        session["kw_reauth_at"] = time.time()
    session.save()
    return client


def sign_consent(
    person,
    *,
    clinician=None,
    program=None,
    categories=("journal", "checkins"),
    expires_in: timedelta | None = timedelta(days=30),
    kind=ConsentType.disclosure,
):
    consent = Consent.objects.create(
        person=person,
        type=kind.value,
        person_name="Pat Person",
        discloser="kratomwise",
        categories=list(categories),
        purpose="treatment",
        expires_at=timezone.now() + expires_in if expires_in else None,
        expiry_event="" if expires_in else "end of treatment",
        signer="Pat Person",
        relationship="self",
        signed_at=timezone.now(),
        statements=versions(kind),
        document_hash="0" * 64,
    )
    ConsentRecipient.objects.create(consent=consent, clinician=clinician, program=program)
    return consent


@pytest.fixture
def program(db) -> Program:
    return Program.objects.create(name="Harbor Recovery", part2_program=True)


@pytest.fixture
def other_program(db) -> Program:
    return Program.objects.create(name="Other Clinic")


@pytest.fixture
def person(django_user_model):
    return make_user(django_user_model, "pat")


@pytest.fixture
def clinician(django_user_model, program):
    return make_user(django_user_model, "dr_lee", (Role.clinician, program))


@pytest.fixture
def stranger_clinician(django_user_model, other_program):
    return make_user(django_user_model, "dr_other", (Role.clinician, other_program))


@pytest.fixture
def program_admin(django_user_model, program):
    return make_user(django_user_model, "admin_ana", (Role.program_admin, program))


__all__ = ["Category", "current_code", "device_for", "document_hash", "sign_consent", "signed_in"]


def share_form(clinician, kind: str = "disclosure", **changes) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the consent wizard posts when every element is filled in (``changes`` override)."""
    data: dict[str, object] = {
        "type": kind,
        "recipient": f"clinician:{clinician.pk}",
        "categories": ["journal", "checkins"],
        "purpose": "My treatment",
        "expires_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "expiry_event": "",
        "person_name": "Pat Person",
        "signer": "Pat Person",
        "relationship": "myself",
        "read_statements": "on",
    }
    data.update(changes)
    return data
