"""The API tokens page: make (shown once), list and revoke; only your own tokens."""

from __future__ import annotations

import pytest

from kratomwise.web.accounts import tokens
from kratomwise.web.accounts.models import AccessToken

pytestmark = pytest.mark.django_db


def test_make_token_shows_it_once(owner, owner_client) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/accounts/tokens/", {"name": "phone", "scope": "write"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    row = AccessToken.objects.get(owner=owner)
    page = response.content.decode()
    token = page.split('<code id="new-token">')[1].split("</code>")[0]
    assert tokens.digest(token) == row.digest and row.scope == "write"
    again = owner_client.get("/accounts/tokens/").content.decode()
    assert token not in again and "phone" in again and row.prefix in again


def test_revoke_own_token_only(owner, member, owner_client, member_client) -> None:  # type: ignore[no-untyped-def]
    row, _token = tokens.create(owner, "read", "mine")
    assert member_client.post(f"/accounts/tokens/{row.pk}/revoke/").status_code == 404
    assert AccessToken.objects.get().revoked_at is None
    assert owner_client.post(f"/accounts/tokens/{row.pk}/revoke/").status_code == 302
    assert AccessToken.objects.get().revoked_at is not None


def test_tokens_page_needs_login(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/accounts/tokens/").url.startswith("/accounts/login/")


def test_bad_scope_is_400(owner_client) -> None:  # type: ignore[no-untyped-def]
    response = owner_client.post("/accounts/tokens/", {"name": "x", "scope": "admin"})
    assert response.status_code == 400 and not AccessToken.objects.exists()
