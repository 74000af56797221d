"""The clinician's side: the caseload and one person's shared record. Every read of a
person's data goes through ``access.read_or_404`` (audited; refusals are 404)."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from kratomwise.sharing import Category, Consent, Role, may_end_by_event
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.journal import services as journal
from kratomwise.web.programs import audit, caseload, exports
from kratomwise.web.programs.access import (
    actor_for,
    consents_of,
    people_shared_with,
    read_or_404,
    refuse,
)
from kratomwise.web.programs.models.consent import CATEGORY_LABELS
from kratomwise.web.programs.security import mfa_required, reauth_required
from kratomwise.web.taper.services import active_plan, build_view


@mfa_required
def caseload_view(request: AuthedHttpRequest) -> HttpResponse:
    shared = people_shared_with(request.user)
    audit.record(
        action="R",
        resource="caseload",
        outcome="allowed",
        request=request,
        object_ids=",".join(str(pid) for pid in sorted(shared))[:300],
    )
    return render(
        request,
        "programs/caseload.html",
        {"rows": caseload.rows(shared), "labels": CATEGORY_LABELS},
    )


@mfa_required
def person_view(request: AuthedHttpRequest, person_id: int) -> HttpResponse:
    """The shared record: each category appears only if ``can_read`` allows it now."""
    shared = people_shared_with(request.user).get(person_id, frozenset())
    if not shared:
        refuse(request, person_id, resource="record")
    context: dict[str, object] = {"shared": shared, "labels": CATEGORY_LABELS}
    person = None
    if Category.journal in shared:
        person = read_or_404(request, person_id, Category.journal, resource="journal")
        context["analysis"] = journal.analysis_for(person)
    if Category.checkins in shared:
        person = read_or_404(request, person_id, Category.checkins, resource="checkins")
        context["responses"] = list(
            InstrumentResponse.objects.filter(owner=person).order_by("-taken_at")[:10]
        )
    if Category.taper in shared:
        person = read_or_404(request, person_id, Category.taper, resource="taper")
        plan = active_plan(person)
        context["taper"] = build_view(plan, person) if plan else None
    if person is None:  # shared only categories without a page of their own here
        person = read_or_404(request, person_id, sorted(shared)[0], resource="record")
    context["person"] = person
    context["endable"] = _endable(request, person_id)
    return render(request, "programs/person.html", context)


def _endable(request: AuthedHttpRequest, person_id: int) -> list[Consent]:
    """The person's consents whose ending event this program admin may mark as happened."""
    actor = actor_for(request.user)
    if Role.program_admin not in actor.roles:
        return []
    now = timezone.now()
    held = consents_of([person_id]).get(person_id, [])
    return [c for c in held if c.person_id != actor.id and may_end_by_event(actor, c, now)]


@mfa_required
@reauth_required
def export_fhir(request: AuthedHttpRequest, person_id: int) -> HttpResponse:
    return exports.shared_export(request, person_id, "fhir")


@mfa_required
@reauth_required
def export_summary(request: AuthedHttpRequest, person_id: int) -> HttpResponse:
    return exports.shared_export(request, person_id, "pdf")
