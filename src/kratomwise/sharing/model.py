"""Who may see whose data: roles, data categories, consents and the people who act.

Plain values only. The web shell maps its rows onto these and asks ``access.can_read``; it never
decides access itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    person = "person"
    clinician = "clinician"
    program_admin = "program_admin"
    auditor = "auditor"
    site_admin = "site_admin"


# Roles that see other people's shared data, and so need a second factor first.
MFA_ROLES = frozenset({Role.clinician, Role.program_admin, Role.auditor, Role.site_admin})


class Category(StrEnum):
    journal = "journal"
    checkins = "checkins"
    taper = "taper"
    interactions = "interactions"
    notes = "notes"
    counseling_notes = "counseling_notes"


class ConsentType(StrEnum):
    disclosure = "disclosure"  # to named recipients for a stated purpose
    tpo = "tpo"  # treatment, payment and health care operations
    counseling_notes = "counseling_notes"  # the only type that may cover counseling notes


class RecipientKind(StrEnum):
    clinician = "clinician"
    program = "program"


@dataclass(frozen=True)
class Recipient:
    kind: RecipientKind
    id: int


@dataclass(frozen=True)
class Actor:
    """Someone asking to read: their account id, roles, programs and whether MFA was passed."""

    id: int
    roles: frozenset[Role]
    program_ids: frozenset[int] = frozenset()
    mfa_verified: bool = False
    admin_program_ids: frozenset[int] = frozenset()  # programs the actor administers

    def is_recipient(self, recipient: Recipient) -> bool:
        if recipient.kind is RecipientKind.clinician:
            return recipient.id == self.id
        return recipient.id in self.program_ids


@dataclass(frozen=True)
class Consent:
    """One signed consent, as the ledger holds it (revocations included)."""

    id: int
    person_id: int
    type: ConsentType
    recipients: frozenset[Recipient]
    categories: frozenset[Category]
    purpose: str
    signed_at: datetime
    expires_at: datetime | None = None
    expiry_event: str = ""
    expired_by_event: bool = False  # the shell sets it when the named event happened
    revoked: dict[Recipient, datetime] = field(default_factory=dict)

    def active_for(self, recipient: Recipient, now: datetime) -> bool:
        if self.expired_by_event or (self.expires_at is not None and now >= self.expires_at):
            return False
        revoked_at = self.revoked.get(recipient)
        return revoked_at is None or now < revoked_at
