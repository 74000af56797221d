"""100 random clinician reads → exactly 100 audit rows, every field set, and none of 20 planted
health-data strings in the audit rows or the logs."""

from __future__ import annotations

import logging
import random
from decimal import Decimal

import pytest
from django.utils import timezone

from kratomwise.sharing import Role
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal.models import Entry
from kratomwise.web.programs.models import AuditEvent
from kratomwise.web.programs.models.audit import HASHED_FIELDS
from tests.web.programs.conftest import make_user, sign_consent, signed_in

pytestmark = pytest.mark.django_db
PLANTED = [f"plantedsecret{n:02d}" for n in range(20)]


def test_hundred_reads_hundred_rows_and_no_health_data(django_user_model, program, caplog) -> None:
    clinician = make_user(django_user_model, "dr_audit", (Role.clinician, program))
    people = []
    for n in range(5):
        person = make_user(django_user_model, f"person{n}")
        for secret in PLANTED[n * 4 : n * 4 + 4]:
            entry = Entry(
                owner=person,
                taken_at=timezone.now(),
                substance=secret[:40],
                form="other",
                amount=Decimal(1),
                unit="mg",
            )
            entry.note = f"note {secret}"
            entry.save()
        InstrumentResponse.objects.create(
            owner=person,
            instrument="craving",
            total=3,
            answers={"craving_now": 3},
            taken_at=timezone.now(),
        )
        sign_consent(person, clinician=clinician, categories=("journal",))  # one read per view
        people.append(person)
    client = signed_in(clinician)
    before = AuditEvent.objects.filter(action="R").count()
    rng = random.Random(15)
    with caplog.at_level(logging.DEBUG):
        for _ in range(100):
            person = rng.choice(people)
            assert client.get(f"/clinic/people/{person.pk}/").status_code == 200
    reads = list(AuditEvent.objects.filter(action="R").order_by("pk")[before:])
    assert len(reads) == 100
    for row in reads:
        for name in HASHED_FIELDS:
            assert getattr(row, name) not in (None, ""), name
        assert row.outcome == "allowed" and row.category == "journal"
    audit_text = " ".join(
        str(v) for row in AuditEvent.objects.all() for v in row.hashed_fields().values()
    )
    logs = caplog.text
    for secret in PLANTED:
        assert secret not in audit_text and secret not in logs
