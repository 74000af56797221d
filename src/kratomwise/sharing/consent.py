"""Checking a consent form against the required elements before it is signed.

The elements follow 42 CFR 2.31 (US rules on consent for substance-use-disorder records, as
amended in 2024): the strictest case, so a self-hosted installation gets the same guarantees.
This is engineering, not legal advice. A form missing any element is refused as a whole and
nothing is stored; the messages say which elements are missing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from kratomwise.i18n import _
from kratomwise.sharing.model import Category, ConsentType, Recipient

# Texts shown to the person while they consent. Each has a version id: the ledger records
# which versions were shown, so a later change of wording never rewrites an old consent.
STATEMENT_KINDS = ("revocation", "redisclosure", "refusal_consequences")


def _statement_name(kind: str) -> str:
    """What a statement is about, in words (translated when it is shown)."""
    names = {
        "revocation": _("how to take the consent back"),
        "redisclosure": _("whether the records may be shared again"),
        "refusal_consequences": _("what saying no means"),
    }
    return names[kind]


@dataclass(frozen=True)
class ConsentForm:
    """What the person filled in, before it becomes a ledger row."""

    person_name: str
    discloser: str  # who may disclose ("kratomwise, on my behalf", a program's name)
    type: ConsentType
    recipients: frozenset[Recipient]
    categories: frozenset[Category]
    purpose: str
    expires_at: datetime | None
    expiry_event: str
    signer: str
    relationship: str  # "self", or how an authorised representative is related
    signed_at: datetime | None
    statements: dict[str, str]  # kind -> version id of the text shown


def missing_elements(form: ConsentForm) -> list[str]:
    """Readable reasons the form cannot be signed; empty when every element is present."""
    problems: list[str] = []
    if not form.person_name.strip():
        problems.append(_("The name of the person whose records are shared is missing."))
    if not form.discloser.strip():
        problems.append(_("Say who may disclose the records."))
    if not form.categories:
        problems.append(_("Choose at least one kind of information to share."))
    if (
        Category.counseling_notes in form.categories
        and form.type is not ConsentType.counseling_notes
    ):
        problems.append(_("Counseling notes can only be shared with a consent of their own."))
    if form.type is ConsentType.counseling_notes and form.categories != {Category.counseling_notes}:
        problems.append(_("A counseling-notes consent covers counseling notes and nothing else."))
    if not form.recipients:
        problems.append(_("Name who receives the records (a clinician or a program)."))
    if not form.purpose.strip():
        problems.append(_("Say what the records are shared for."))
    if form.expires_at is None and not form.expiry_event.strip():
        problems.append(_("Give an end date or an event that ends the consent."))
    if (
        form.expires_at is not None
        and form.signed_at is not None
        and form.expires_at <= form.signed_at
    ):
        problems.append(_("The end date must be after the date of signing."))
    if not form.signer.strip():
        problems.append(_("The consent must be signed."))
    if not form.relationship.strip():
        problems.append(_("Say how the signer is related to the person (for example, self)."))
    if form.signed_at is None:
        problems.append(_("The date of signing is missing."))
    for kind in STATEMENT_KINDS:
        if not form.statements.get(kind, "").strip():
            problems.append(
                _("The person was not shown the statement on %(what)s.")
                % {"what": _statement_name(kind)}
            )
    return problems


def document_hash(form: ConsentForm) -> str:
    """SHA-256 of the consent as signed, in a canonical form: any later change shows."""
    document = {
        "person_name": form.person_name,
        "discloser": form.discloser,
        "type": form.type.value,
        "recipients": sorted(f"{r.kind.value}:{r.id}" for r in form.recipients),
        "categories": sorted(c.value for c in form.categories),
        "purpose": form.purpose,
        "expires_at": form.expires_at.isoformat() if form.expires_at else None,
        "expiry_event": form.expiry_event,
        "signer": form.signer,
        "relationship": form.relationship,
        "signed_at": form.signed_at.isoformat() if form.signed_at else None,
        "statements": dict(sorted(form.statements.items())),
    }
    encoded = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
