"""The person's side: share with a clinician, see and revoke who can see, and the
accounting of disclosures of their record."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypedDict

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kratomwise.sharing import (
    ConsentForm,
    ConsentType,
    RecipientKind,
    document_hash,
    missing_elements,
)
from kratomwise.web.accounts.http import AuthedHttpRequest
from kratomwise.web.programs import audit
from kratomwise.web.programs.access import event_ended
from kratomwise.web.programs.forms import ShareForm, consent_type, recipient_exists
from kratomwise.web.programs.models import AuditEvent, Consent, ConsentRecipient, Disclosure
from kratomwise.web.programs.models.consent import CATEGORY_LABELS, TYPE_LABELS
from kratomwise.web.programs.owned import owned_or_404
from kratomwise.web.programs.security import reauth_required
from kratomwise.web.programs.statements import PURPOSES, texts

ACCOUNTING_YEARS = 3


def _recipient_label(row: ConsentRecipient) -> str:
    if row.clinician is not None:
        return _("Clinician %(name)s") % {
            "name": row.clinician.get_full_name() or row.clinician.get_username()
        }
    return _("Program %(name)s") % {"name": row.program.name if row.program else "?"}


@login_required
def sharing(request: AuthedHttpRequest) -> HttpResponse:
    """Who can see my data: every consent, its recipients, and a revoke button for each."""
    now = timezone.now()
    consents = []
    rows = (
        Consent.objects.filter(person=request.user)
        .select_related("ending__program")
        .prefetch_related("recipients__clinician", "recipients__program")
    )
    for consent in rows:
        ending = consent.ending if event_ended(consent) else None
        ended = ending is not None or (consent.expires_at is not None and consent.expires_at <= now)
        live = [r for r in consent.recipients.all() if r.revoked_at is None]
        consents.append(
            {
                "consent": consent,
                "type": TYPE_LABELS[ConsentType(consent.type)],
                "categories": [
                    CATEGORY_LABELS[c] for c in CATEGORY_LABELS if c.value in consent.categories
                ],
                "ended": ended,
                "ending": ending,
                # The event can be marked while someone still receives under the consent.
                "can_end": bool(consent.expiry_event) and not ended and bool(live),
                "recipients": [
                    {
                        "row": r,
                        "label": _recipient_label(r),
                        "active": r.revoked_at is None and not ended,
                    }
                    for r in consent.recipients.all()
                ],
            }
        )
    return render(request, "programs/sharing.html", {"consents": consents})


@login_required
@reauth_required
@require_http_methods(["GET", "POST"])
def share(request: AuthedHttpRequest) -> HttpResponse:
    """The consent wizard: first the type of consent, then that type's statements and every
    element the ledger needs (checked by the core; a refusal stores nothing)."""
    kind = consent_type(request.POST.get("type") or request.GET.get("type"))
    if kind is None:
        choices = [(t, TYPE_LABELS[t], PURPOSES[t]) for t in ConsentType]
        return render(request, "programs/share_type.html", {"choices": choices})
    form = ShareForm(request.user, kind, request.POST or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        filled = form.consent_form()
        problems = missing_elements(filled)
        if not all(recipient_exists(r) for r in filled.recipients):
            problems.append(_("That recipient no longer exists."))
        if not problems:
            _store(request, filled)
            messages.success(request, _("Shared. You can take it back at any time on this page."))
            return redirect("programs:sharing")
    return render(
        request,
        "programs/share.html",
        {
            "form": form,
            "problems": problems,
            "statements": texts(kind),
            "type_label": TYPE_LABELS[kind],
        },
    )


def _store(request: AuthedHttpRequest, filled: ConsentForm) -> Consent:
    assert filled.signed_at is not None  # missing_elements asks for it
    with transaction.atomic():
        consent = Consent.objects.create(
            person=request.user,
            type=filled.type.value,
            person_name=filled.person_name,
            discloser=filled.discloser,
            categories=sorted(c.value for c in filled.categories),
            purpose=filled.purpose,
            expires_at=filled.expires_at,
            expiry_event=filled.expiry_event,
            signer=filled.signer,
            relationship=filled.relationship,
            signed_at=filled.signed_at,
            statements=filled.statements,
            document_hash=document_hash(filled),
        )
        for recipient in filled.recipients:
            ConsentRecipient.objects.create(
                consent=consent,
                clinician_id=recipient.id if recipient.kind is RecipientKind.clinician else None,
                program_id=recipient.id if recipient.kind is RecipientKind.program else None,
            )
        audit.record(
            action="C",
            resource="consent",
            outcome="signed",
            request=request,
            subject_id=request.user.pk,
            object_ids=str(consent.pk),
            purpose=filled.purpose,
            consent_id=consent.pk,
        )
    return consent


@login_required
@require_POST
def revoke(request: AuthedHttpRequest, recipient_id: int) -> HttpResponse:
    """One click, no password: stopping a disclosure must never be harder than allowing it."""
    row = owned_or_404(request, ConsentRecipient, owner_field="consent__person", pk=recipient_id)
    if row.revoked_at is None:
        with transaction.atomic():
            row.revoked_at = timezone.now()
            row.save(update_fields=["revoked_at"])
            audit.record(
                action="U",
                resource="consent",
                outcome="revoked",
                request=request,
                subject_id=request.user.pk,
                object_ids=f"{row.consent_id}:{row.pk}",
                consent_id=row.consent_id,
            )
        messages.success(
            request, _("Sharing stopped for %(who)s.") % {"who": _recipient_label(row)}
        )
    return redirect("programs:sharing")


def _what(category: str, resource: str) -> str:
    """The label of what was read ("Use journal"), never the internal code."""
    labels = {c.value: str(label) for c, label in CATEGORY_LABELS.items()}
    return labels.get(category, resource).lower()


class Disclosed(TypedDict):
    at: datetime
    recipient: str
    description: str
    purpose: str


def accounting(person_id: int, now: datetime | None = None) -> list[Disclosed]:
    """Disclosures of the last three years: exports and summaries made for others, and every
    read by a clinician, newest first. Each has date, recipient, description and purpose."""
    now = now or timezone.now()
    since = now - timedelta(days=365 * ACCOUNTING_YEARS + 1)
    rows: list[Disclosed] = [
        {"at": d.at, "recipient": d.recipient, "description": d.description, "purpose": d.purpose}
        for d in Disclosure.objects.filter(person_id=person_id, at__gte=since, at__lte=now)
    ]
    reads = AuditEvent.objects.filter(
        subject_id=person_id, action="R", outcome="allowed", at__gte=since, at__lte=now
    ).exclude(actor_id=person_id)
    names: dict[int | None, str] = dict(
        get_user_model()
        .objects.filter(pk__in={r.actor_id for r in reads})
        .values_list("pk", "username")
    )
    for read in reads:
        rows.append(
            {
                "at": read.at,
                "recipient": names.get(read.actor_id, read.actor_name),
                "description": _("Viewed your %(what)s")
                % {"what": _what(read.category, read.resource)},
                "purpose": read.purpose,
            }
        )
    return sorted(rows, key=lambda row: row["at"], reverse=True)


@login_required
def disclosures(request: AuthedHttpRequest) -> HttpResponse:
    return render(request, "programs/disclosures.html", {"rows": accounting(request.user.pk)})
