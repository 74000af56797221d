"""The shell's side of the access rule: build the core's values from rows, ask
``kratomwise.sharing.can_read``, write the audit row, and answer 404 on a refusal.

Views that show another person's data call ``read_or_404`` and nothing else; a test fails if
a clinician view queries another person's rows without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NoReturn

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpRequest
from django.utils import timezone

from kratomwise.sharing import (
    Actor,
    Category,
    Consent,
    ConsentType,
    Decision,
    Recipient,
    RecipientKind,
    Role,
    can_read,
    readable_categories,
)
from kratomwise.web.accounts.models import User
from kratomwise.web.programs import audit
from kratomwise.web.programs.models import Consent as ConsentRow
from kratomwise.web.programs.models import ConsentRecipient, EventEnding, RoleGrant


def _grants(user: User) -> list[RoleGrant]:
    """The user's role grants, read once per request: the session middleware, the page context
    and the access rule all ask (the user object is loaded anew for every request)."""
    cached: list[RoleGrant] | None = getattr(user, "_kw_role_grants", None)
    if cached is None:
        cached = list(RoleGrant.objects.filter(user=user))
        # A per-request cache on the user object, which declares no such attribute.
        user._kw_role_grants = cached  # type: ignore[attr-defined]
    return cached


def roles_of(user: User | AnonymousUser) -> frozenset[Role]:
    if not user.is_authenticated:
        return frozenset()
    return frozenset(Role(g.role) for g in _grants(user))


def role_text(user: User | AnonymousUser) -> str:
    """The user's roles as the audit log writes them."""
    return ",".join(sorted(r.value for r in roles_of(user)))


def actor_for(user: User | AnonymousUser) -> Actor:
    """The core's view of the signed-in user: roles, programs, and whether MFA was passed."""
    if not user.is_authenticated:
        return Actor(id=0, roles=frozenset())
    grants = _grants(user)
    verified = getattr(user, "is_verified", None)
    return Actor(
        id=int(user.pk),
        roles=frozenset(Role(g.role) for g in grants),
        program_ids=frozenset(g.program_id for g in grants if g.program_id is not None),
        mfa_verified=bool(verified()) if callable(verified) else False,
        admin_program_ids=frozenset(
            g.program_id
            for g in grants
            if g.program_id is not None and g.role == Role.program_admin.value
        ),
    )


def _recipient(row: ConsentRecipient) -> Recipient:
    if row.clinician_id is not None:
        return Recipient(RecipientKind.clinician, row.clinician_id)
    return Recipient(RecipientKind.program, int(row.program_id or 0))


def event_ended(row: ConsentRow) -> bool:
    """Whether someone marked the consent's ending event as happened."""
    try:
        return row.ending is not None
    except EventEnding.DoesNotExist:
        return False


def to_core(row: ConsentRow, recipients: Iterable[ConsentRecipient]) -> Consent:
    listed = list(recipients)
    return Consent(
        id=row.pk,
        person_id=row.person_id,
        type=ConsentType(row.type),
        recipients=frozenset(_recipient(r) for r in listed),
        categories=frozenset(Category(c) for c in row.categories),
        purpose=row.purpose,
        signed_at=row.signed_at,
        expires_at=row.expires_at,
        expiry_event=row.expiry_event,
        expired_by_event=event_ended(row),
        revoked={_recipient(r): r.revoked_at for r in listed if r.revoked_at is not None},
    )


def consents_of(person_ids: Iterable[int]) -> dict[int, list[Consent]]:
    """Every consent of these people, read fresh from the database (never cached, so a
    revocation takes effect on the very next request)."""
    rows = (
        ConsentRow.objects.filter(person_id__in=list(person_ids))
        .select_related("ending")
        .prefetch_related("recipients")
    )
    found: dict[int, list[Consent]] = {}
    for row in rows:
        found.setdefault(row.person_id, []).append(to_core(row, row.recipients.all()))
    return found


def decide(
    user: User | AnonymousUser,
    person_id: int,
    category: Category,
    now: datetime | None = None,
) -> Decision:
    actor = actor_for(user)
    return can_read(
        actor,
        person_id,
        category,
        now or timezone.now(),
        consents_of([person_id]).get(person_id, []),
    )


def read_or_404(
    request: HttpRequest, person_id: int, category: Category, *, resource: str, object_ids: str = ""
) -> User:
    """The person whose ``category`` data the request may read; audits the answer either way."""
    decision = decide(request.user, person_id, category)
    audit.record(
        action="R",
        resource=resource,
        outcome="allowed" if decision.allowed else f"denied:{decision.reason.value}",
        request=request,
        actor_role=role_text(request.user),
        subject_id=person_id,
        category=category.value,
        object_ids=object_ids or request.path,  # the route names the record read
        purpose="treatment" if decision.allowed else "",
        consent_id=decision.consent_id,
    )
    if not decision.allowed:
        raise Http404
    try:
        return get_user_model().objects.get(pk=person_id)
    except get_user_model().DoesNotExist:
        raise Http404 from None


def refuse(request: HttpRequest, person_id: int, *, resource: str) -> NoReturn:
    """Audit a request for a record that nothing shares with the asker, then answer 404.
    (A person's own record lives on their own pages, not on the clinician pages.)"""
    audit.record(
        action="R",
        resource=resource,
        outcome="denied:no_consent",
        request=request,
        actor_role=role_text(request.user),
        subject_id=person_id,
    )
    raise Http404


def people_shared_with(user: User | AnonymousUser) -> dict[int, frozenset[Category]]:
    """Everyone whose data ``user`` may read now, with the categories (for the caseload)."""
    actor = actor_for(user)
    if not actor.mfa_verified:
        return {}
    now = timezone.now()
    candidates = ConsentRecipient.objects.filter(revoked_at__isnull=True).filter(
        clinician_id=actor.id
    ) | ConsentRecipient.objects.filter(revoked_at__isnull=True, program_id__in=actor.program_ids)
    person_ids = set(candidates.values_list("consent__person_id", flat=True))
    consents = consents_of(person_ids)
    shared = {
        pid: readable_categories(actor, pid, now, consents.get(pid, [])) for pid in person_ids
    }
    return {pid: cats for pid, cats in shared.items() if cats}
