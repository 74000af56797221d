"""The one access rule: may this actor read this person's data of this category now?

Every read of another person's data asks ``can_read``; consent, revocation, expiry, the second
factor and the counseling-notes restriction decide it here and nowhere else. A refusal is shown
to the asker as "not found" (no existence oracle); the reason is for the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kratomwise.sharing.model import (
    MFA_ROLES,
    Actor,
    Category,
    Consent,
    ConsentType,
    Recipient,
    RecipientKind,
    Role,
)


class Reason(StrEnum):
    own_data = "own_data"
    consent = "consent"
    no_consent = "no_consent"
    mfa_required = "mfa_required"
    not_a_reader = "not_a_reader"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: Reason
    consent_id: int | None = None

    def __bool__(self) -> bool:
        return self.allowed


def can_read(
    actor: Actor,
    person_id: int,
    category: Category,
    now: datetime,
    consents: Iterable[Consent],
) -> Decision:
    """Decide one read. ``consents`` are the person's consents (any state); only an active one
    that names the actor (or the actor's program) and covers ``category`` allows the read."""
    if actor.id == person_id:
        return Decision(True, Reason.own_data)
    if not actor.roles & MFA_ROLES:
        return Decision(False, Reason.not_a_reader)
    if not actor.mfa_verified:
        return Decision(False, Reason.mfa_required)
    for consent in consents:
        if consent.person_id != person_id or category not in consent.categories:
            continue
        if (
            category is Category.counseling_notes
            and consent.type is not ConsentType.counseling_notes
        ):
            continue  # counseling notes need their own consent, never a general one
        for recipient in consent.recipients:
            if actor.is_recipient(recipient) and consent.active_for(recipient, now):
                return Decision(True, Reason.consent, consent.id)
    return Decision(False, Reason.no_consent)


def readable_categories(
    actor: Actor, person_id: int, now: datetime, consents: Iterable[Consent]
) -> frozenset[Category]:
    """Every category ``can_read`` would allow now (for caseload and summary views)."""
    held = tuple(consents)
    return frozenset(c for c in Category if can_read(actor, person_id, c, now, held))


def may_end_by_event(actor: Actor, consent: Consent, now: datetime) -> Recipient | None:
    """Who may say that the event ending ``consent`` has happened: the person, or an admin
    (past the second factor) of a program the consent still shares with. Returns the recipient
    the actor acts for (the program, or any recipient for the person), None when refused."""
    if not consent.expiry_event.strip():
        return None
    active = sorted(
        (r for r in consent.recipients if consent.active_for(r, now)),
        key=lambda r: (r.kind.value, r.id),
    )
    if actor.id == consent.person_id:
        return active[0] if active else None
    if Role.program_admin not in actor.roles or not actor.mfa_verified:
        return None
    return next(
        (r for r in active if r.kind is RecipientKind.program and r.id in actor.admin_program_ids),
        None,
    )
