"""``Idempotency-Key`` for API writes: the same key and body replay the first response and write
nothing more; the same key with a different body is refused (422).

The record is written in the same transaction as the change it describes, so after a crash
either both exist or neither does, and a retry with the key is always safe.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from ninja import Status
from ninja.errors import HttpError

from kratomwise.web.accounts.http import AuthedHttpRequest

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User

HEADER = "Idempotency-Key"
MAX_KEY = 200

Outcome = tuple[int, Any]


def _fingerprint(request: HttpRequest) -> str:
    try:
        body: Any = json.loads(request.body or b"null")
    except ValueError:
        body = request.body.decode("utf-8", "replace")
    canonical = json.dumps([request.method, request.path, body], sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(owner: User, key: str, fingerprint: str) -> Outcome | None:
    from kratomwise.web.accounts.models import IdempotencyRecord

    found = IdempotencyRecord.objects.filter(owner=owner, key=key).first()
    if found is None:
        return None
    if found.fingerprint != fingerprint:
        raise HttpError(422, "this Idempotency-Key was already used with a different request")
    return found.status, found.body


def run(request: AuthedHttpRequest, write: Callable[[], Outcome]) -> Status[Any]:
    """Run ``write`` (which must raise to refuse) at most once per key and person."""
    from kratomwise.web.accounts.models import IdempotencyRecord

    key = request.headers.get(HEADER)
    if key is None:
        with transaction.atomic():
            return Status(*write())
    key = key.strip()
    if not key or len(key) > MAX_KEY or not key.isprintable():
        raise HttpError(422, f"the Idempotency-Key must be 1 to {MAX_KEY} printable characters")
    owner = request.user
    fingerprint = _fingerprint(request)
    earlier = _replay(owner, key, fingerprint)
    if earlier is not None:
        return Status(*earlier)
    try:
        with transaction.atomic():
            status, body = write()
            IdempotencyRecord.objects.create(
                owner=owner, key=key, fingerprint=fingerprint, status=status, body=body
            )
    except IntegrityError:
        # The same key arrived twice at once: the other request wrote; answer as it did.
        earlier = _replay(owner, key, fingerprint)
        if earlier is None:
            raise
        return Status(*earlier)
    return Status(status, body)
