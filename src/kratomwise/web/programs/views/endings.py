"""Consents that end on an event ("end of treatment"): nothing knows when such an event
happens, so the person, or an admin of a program the consent names, says so here. Sharing
under the consent stops from the next request; the change is audited and the ledger shows it.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kratomwise.sharing import Recipient, RecipientKind, may_end_by_event
from kratomwise.web.programs import audit
from kratomwise.web.programs.access import actor_for, event_ended, refuse, role_text, to_core
from kratomwise.web.programs.models import Consent, EventEnding
from kratomwise.web.programs.owned import owned_or_404
from kratomwise.web.programs.security import mfa_required


def _who_may_end(request: HttpRequest, consent: Consent) -> Recipient | None:
    core = to_core(consent, consent.recipients.all())
    return may_end_by_event(actor_for(request.user), core, timezone.now())


def _end(request: HttpRequest, consent: Consent, program_id: int | None) -> None:
    """Record the ending once (a second click changes nothing) with its audit row."""
    try:
        with transaction.atomic():
            EventEnding.objects.create(consent=consent, at=timezone.now(), program_id=program_id)
            audit.record(
                action="U",
                resource="consent",
                outcome="ended_by_event",
                request=request,
                actor_role=role_text(request.user),
                subject_id=consent.person_id,
                object_ids=str(consent.pk),
                purpose=consent.purpose,
                consent_id=consent.pk,
            )
    except IntegrityError:  # marked a moment ago by the other party
        return
    messages.success(
        request,
        _("Sharing under this consent has ended: %(event)s.") % {"event": consent.expiry_event},
    )


@login_required
@require_POST
def end_mine(request: HttpRequest, consent_id: int) -> HttpResponse:
    """The person says the event ending their consent has happened (one click, no password:
    stopping a disclosure must never be harder than allowing it)."""
    consent = owned_or_404(request, Consent, owner_field="person", pk=consent_id)
    if event_ended(consent):
        return redirect("programs:sharing")  # a second click changes nothing
    if _who_may_end(request, consent) is None:
        raise Http404  # no ending event, or the consent has ended already
    _end(request, consent, None)
    return redirect("programs:sharing")


@mfa_required
@require_POST
def end_for_program(request: HttpRequest, consent_id: int) -> HttpResponse:
    """A program admin says the event has happened for a consent naming their program."""
    consent = Consent.objects.filter(pk=consent_id).first()
    if consent is None:
        raise Http404
    recipient = _who_may_end(request, consent)
    if recipient is None:
        refuse(request, consent.person_id, resource="consent")
    program = recipient.id if recipient.kind is RecipientKind.program else None
    _end(request, consent, None if consent.person_id == request.user.pk else program)
    return redirect("programs:caseload")
