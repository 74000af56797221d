"""Second factor: setup, a code works once, and clinician sessions time out."""

from __future__ import annotations

import time

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from kratomwise.web.programs import security
from tests.web.programs.conftest import current_code, device_for, sign_consent, signed_in

pytestmark = pytest.mark.django_db


def test_setup_confirms_a_device_and_unlocks_the_caseload(clinician) -> None:
    client = signed_in(clinician, verified=False)
    TOTPDevice.objects.filter(user=clinician).delete()
    page = client.get("/mfa/setup/")
    assert page.status_code == 200 and b"<svg" in page.content
    device = TOTPDevice.objects.get(user=clinician, confirmed=False)
    response = client.post("/mfa/setup/", {"code": current_code(device), "next": "/clinic/"})
    assert response.status_code == 302 and response["Location"] == "/clinic/"
    assert TOTPDevice.objects.get(user=clinician).confirmed
    assert client.get("/clinic/").status_code == 200


def test_a_code_is_refused_the_second_time(clinician) -> None:
    client = signed_in(clinician, verified=False)
    device = device_for(clinician)
    code = current_code(device)
    assert client.post("/mfa/", {"code": code})["Location"] == "/clinic/"
    again = signed_in(clinician, verified=False)
    TOTPDevice.objects.exclude(pk=device.pk).filter(user=clinician).delete()
    response = again.post("/mfa/", {"code": code})
    assert response.status_code == 200 and b"already used" in response.content
    assert again.get("/clinic/").status_code == 302


def test_idle_clinician_session_ends(clinician, person, monkeypatch) -> None:
    sign_consent(person, clinician=clinician)
    client = signed_in(clinician)
    assert client.get("/clinic/").status_code == 200
    real = time.time
    monkeypatch.setattr(security.time, "time", lambda: real() + security.IDLE_LIMIT + 5)
    response = client.get("/clinic/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_person_sessions_do_not_time_out_like_clinicians(person, monkeypatch) -> None:
    client = signed_in(person, verified=False)
    real = time.time
    monkeypatch.setattr(security.time, "time", lambda: real() + security.IDLE_LIMIT + 5)
    assert client.get("/sharing/").status_code == 200
