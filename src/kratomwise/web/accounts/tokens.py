"""Personal access tokens: made, checked and revoked here; the store keeps only digests."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone

from kratomwise.shapes import to_json
from kratomwise.web.accounts.models import AccessToken, User

TOKEN_PREFIX = "kw_"
SCOPES = (AccessToken.READ, AccessToken.WRITE)
MAX_NAME = 60


def digest(token: str) -> str:
    """A SHA-256 of the token: 256 random bits need no salt or slow hash."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(owner: User, scope: str, name: str = "") -> tuple[AccessToken, str]:
    """A new token for ``owner``; returns the stored row and the token (shown once)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    name = " ".join(name.split()) or "API token"
    if len(name) > MAX_NAME or "\x00" in name:
        raise ValueError(f"the name must be at most {MAX_NAME} characters")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        row = AccessToken.objects.create(
            owner=owner, name=name, scope=scope, digest=digest(token), prefix=token[:10]
        )
    return row, token


def find(token: str) -> AccessToken | None:
    """The live token row for ``token`` (its owner loaded), or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    row = (
        AccessToken.objects.select_related("owner")
        .filter(digest=digest(token), revoked_at__isnull=True, owner__is_active=True)
        .first()
    )
    if row is not None:
        now = timezone.now()
        # Written at most once a minute so reads do not turn into writes.
        if row.last_used_at is None or (now - row.last_used_at).total_seconds() > 60:
            AccessToken.objects.filter(pk=row.pk).update(last_used_at=now)
    return row


def revoke(token_id: int, owner: User | None = None) -> bool:
    """Revoke a token (only ``owner``'s when given). False when there is no such live token."""
    rows = AccessToken.objects.filter(pk=token_id, revoked_at__isnull=True)
    if owner is not None:
        rows = rows.filter(owner=owner)
    with transaction.atomic():
        return rows.update(revoked_at=timezone.now()) == 1


def as_dict(row: AccessToken) -> dict[str, Any]:
    """A token's description for lists (never the token or its digest)."""
    shown = ("name", "scope", "prefix", "created_at", "last_used_at")
    return {
        "id": row.pk,
        **{name: to_json(getattr(row, name)) for name in shown},
        "revoked": row.revoked_at is not None,
    }
