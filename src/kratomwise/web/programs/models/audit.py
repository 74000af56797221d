"""The append-only audit log with its hash chain (see kratomwise.sharing.audit)."""

from __future__ import annotations

from datetime import UTC

from django.db import models

ACTIONS = [("C", "create"), ("R", "read"), ("U", "update"), ("D", "delete"), ("E", "execute")]
# The fields the row hash covers, in this order; everything but the hashes and the id.
HASHED_FIELDS = (
    "at",
    "actor_id",
    "actor_name",
    "actor_role",
    "subject_id",
    "action",
    "resource",
    "category",
    "object_ids",
    "outcome",
    "purpose",
    "consent_id",
    "client_ip",
    "request_id",
)


class AuditEvent(models.Model):
    """Who did what to whose record, when, and with what outcome. Never health data.

    People are kept as ids and names, not foreign keys: deleting an account must not rewrite
    (or cascade into) the log. Database triggers refuse UPDATE and DELETE of young rows.
    """

    at = models.DateTimeField(db_index=True)
    actor_id = models.BigIntegerField(null=True)
    actor_name = models.CharField(max_length=150, blank=True, default="")
    actor_role = models.CharField(max_length=20, blank=True, default="")
    subject_id = models.BigIntegerField(null=True, db_index=True)
    action = models.CharField(max_length=1, choices=ACTIONS)
    resource = models.CharField(max_length=40)  # what kind of thing: journal, consent, session…
    category = models.CharField(max_length=100, blank=True, default="")  # one or a list
    object_ids = models.CharField(max_length=300, blank=True, default="")  # ids or a query
    outcome = models.CharField(max_length=40)
    purpose = models.CharField(max_length=300, blank=True, default="")
    consent_id = models.BigIntegerField(null=True)
    client_ip = models.CharField(max_length=45, blank=True, default="")
    request_id = models.CharField(max_length=36, blank=True, default="")
    prev_hash = models.CharField(max_length=64)
    row_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ("pk",)

    def hashed_fields(self) -> dict[str, object]:
        fields: dict[str, object] = {name: getattr(self, name) for name in HASHED_FIELDS}
        # One spelling of the time whatever the database hands back.
        fields["at"] = self.at.astimezone(UTC).isoformat(timespec="microseconds")
        return fields


class AuditHead(models.Model):
    """One row holding the newest row hash; locking it serialises writers of the chain."""

    last_hash = models.CharField(max_length=64)
