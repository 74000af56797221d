"""Exports of a shared record (FHIR bundle, PDF visit summary): each read is decided by the
access rule, and each export writes exactly one disclosure row and one audit row."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone

from kratomwise.sharing import Category
from kratomwise.web.programs import audit, fhir_export, summary
from kratomwise.web.programs.access import decide, people_shared_with, read_or_404, refuse
from kratomwise.web.programs.models import Consent, Disclosure, RoleGrant

if TYPE_CHECKING:
    from kratomwise.web.accounts.http import AuthedHttpRequest
    from kratomwise.web.accounts.models import User


def _is_part2(reader: User) -> bool:
    return RoleGrant.objects.filter(user=reader, program__part2_program=True).exists()


def shared_export(request: AuthedHttpRequest, person_id: int, kind: str) -> HttpResponse:
    """``kind`` is "fhir" or "pdf". Raises Http404 (audited) when nothing is shared."""
    shared = people_shared_with(request.user).get(person_id, frozenset())
    # Exports never carry counseling notes; with nothing else shared there is nothing to export.
    categories = frozenset(c for c in shared if c is not Category.counseling_notes)
    if not categories:
        refuse(request, person_id, resource=kind)
    person = None
    for category in sorted(categories):
        person = read_or_404(request, person_id, category, resource=kind)
    decision = decide(request.user, person_id, sorted(categories)[0])
    assert person is not None  # categories is not empty: sorted(categories)[0] above
    assert decision.consent_id is not None  # allowed by a consent (read_or_404 above)
    consent = Consent.objects.get(pk=decision.consent_id)
    part2 = _is_part2(request.user)
    if kind == "fhir":
        body = json.dumps(fhir_export.bundle_for(consent, person, categories, part2=part2)).encode()
        content_type, name, what = "application/fhir+json", "record.fhir.json", "FHIR R4 bundle"
    else:
        body = summary.build(person, categories, part2=part2)
        content_type, name, what = "application/pdf", "visit-summary.pdf", "Visit summary (PDF)"
    with transaction.atomic():
        Disclosure.objects.create(
            person_id=person_id,
            at=timezone.now(),
            recipient=request.user.get_username(),
            description=f"{what}: {', '.join(sorted(c.value for c in categories))}",
            purpose=consent.purpose,
            consent=consent,
        )
        audit.record(
            action="E",
            resource=kind,
            outcome="exported",
            request=request,
            subject_id=person_id,
            consent_id=consent.pk,
            purpose=consent.purpose,
            category=",".join(sorted(c.value for c in categories)),
        )
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
