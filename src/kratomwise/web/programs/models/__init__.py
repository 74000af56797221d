"""Models of clinician mode, one module per concern."""

from kratomwise.web.programs.models.audit import AuditEvent, AuditHead
from kratomwise.web.programs.models.consent import (
    Consent,
    ConsentRecipient,
    Disclosure,
    EventEnding,
)
from kratomwise.web.programs.models.roles import Invitation, Program, RoleGrant

__all__ = [
    "AuditEvent",
    "AuditHead",
    "Consent",
    "ConsentRecipient",
    "Disclosure",
    "EventEnding",
    "Invitation",
    "Program",
    "RoleGrant",
]
