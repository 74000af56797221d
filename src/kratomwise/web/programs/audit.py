"""Writing and checking the audit log: one row per read of another person's data, export,
sign-in and MFA event, authorisation failure and consent change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from kratomwise.sharing import GENESIS, first_broken, row_hash
from kratomwise.web.accounts.security import client_ip
from kratomwise.web.programs.models import AuditEvent, AuditHead

RETENTION = timedelta(days=6 * 366)  # at least six years, leap days included


def record(
    *,
    action: str,
    resource: str,
    outcome: str,
    request: HttpRequest | None = None,
    actor: object | None = None,
    actor_role: str = "",
    subject_id: int | None = None,
    category: str = "",
    object_ids: str = "",
    purpose: str = "",
    consent_id: int | None = None,
) -> AuditEvent:
    """Append one row to the chain (atomic; the head row serialises concurrent writers)."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    with transaction.atomic():
        head = AuditHead.objects.select_for_update().filter(pk=1).first()
        if head is None:
            head = AuditHead.objects.create(pk=1, last_hash=GENESIS)
            head = AuditHead.objects.select_for_update().get(pk=1)
        event = AuditEvent(
            at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            actor_name=str(getattr(actor, "username", ""))[:150],
            actor_role=actor_role,
            subject_id=subject_id,
            action=action,
            resource=resource,
            category=category,
            object_ids=object_ids[:300],
            outcome=outcome,
            purpose=purpose[:300],
            consent_id=consent_id,
            client_ip=client_ip(request) if request is not None else "",
            request_id=getattr(request, "request_id", "") if request is not None else "",
            prev_hash=head.last_hash,
        )
        event.row_hash = row_hash(event.hashed_fields(), event.prev_hash)
        event.save()
        head.last_hash = event.row_hash
        head.save(update_fields=["last_hash"])
    return event


def verify() -> tuple[int, int | None]:
    """(rows checked, id of the first broken row or None). A deleted or inserted row breaks
    the link to its neighbour; a changed row no longer matches its own hash; the head row
    catches a removed tail."""
    rows = AuditEvent.objects.order_by("pk")
    count = rows.count()
    broken = first_broken(
        (event.pk, event.hashed_fields(), event.prev_hash, event.row_hash)
        for event in rows.iterator(chunk_size=2000)
    )
    if broken is None:
        head = AuditHead.objects.filter(pk=1).first()
        last = rows.last()
        expected = last.row_hash if last else GENESIS
        if head is not None and head.last_hash != expected:
            broken = last.pk if last else 0
    return count, broken


class RequestIdMiddleware:
    """Give every request an id that its audit rows and its response share."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = str(uuid.uuid4())
        # HttpRequest declares no request_id; record() above reads it with getattr.
        request.request_id = request_id  # type: ignore[attr-defined]
        response = self.get_response(request)
        response["X-Request-Id"] = request_id
        return response
