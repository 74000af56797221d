"""Sharing a person's data with clinicians and programs: consent, the access rule, audit.

Pure core: values in, values out. ``can_read`` is the single access rule every read of another
person's data goes through; ``missing_elements`` checks a consent form before it is signed;
``row_hash`` / ``first_broken`` keep the audit log tamper-evident.
"""

from kratomwise.sharing.access import (
    Decision,
    Reason,
    can_read,
    may_end_by_event,
    readable_categories,
)
from kratomwise.sharing.attention import Flag, Priority, Snapshot, flags, sort_key
from kratomwise.sharing.audit import GENESIS, first_broken, row_hash
from kratomwise.sharing.consent import (
    STATEMENT_KINDS,
    ConsentForm,
    document_hash,
    missing_elements,
)
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

__all__ = [
    "GENESIS",
    "MFA_ROLES",
    "STATEMENT_KINDS",
    "Actor",
    "Category",
    "Consent",
    "ConsentForm",
    "ConsentType",
    "Decision",
    "Flag",
    "Priority",
    "Reason",
    "Recipient",
    "RecipientKind",
    "Role",
    "Snapshot",
    "can_read",
    "document_hash",
    "first_broken",
    "flags",
    "may_end_by_event",
    "missing_elements",
    "readable_categories",
    "row_hash",
    "sort_key",
]
