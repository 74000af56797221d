"""Who is calling the API: a personal access token (``Authorization: Bearer kw_…``) or the
browser session. Writes need a write-scoped token or the session (with its CSRF check)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth


class TokenAuth(HttpBearer):
    """A bearer token; ``write`` tokens can also read."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        super().__init__()

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from kratomwise.web.accounts.models import AccessToken
        from kratomwise.web.accounts.tokens import find

        row = find(token.strip())
        if row is None:
            return None
        if self.scope == AccessToken.WRITE and row.scope != AccessToken.WRITE:
            raise HttpError(403, "this token may only read; make a write token to change data")
        request.user = row.owner
        return row.owner


READ_AUTH = [TokenAuth("read"), django_auth]
WRITE_AUTH = [TokenAuth("write"), django_auth]
