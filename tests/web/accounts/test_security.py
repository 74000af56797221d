"""Setup token on reachable servers, proxy-aware lockout by username and address, passwords that
contain the username, and an admin without health data."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory

from kratomwise.web import server
from kratomwise.web.accounts import security
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SETUP = {
    "username": "sam",
    "password1": "a long passphrase 42",
    "password2": "a long passphrase 42",
}


def test_setup_needs_the_console_token_when_one_was_made(monkeypatch, django_user_model) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(security.SETUP_TOKEN_ENV, "the-token-123")
    assert "Setup token" in Client().get("/accounts/setup/").content.decode()
    refused = Client().post("/accounts/setup/", {**SETUP, "setup_token": "guess"})
    assert refused.status_code == 200 and not django_user_model.objects.exists()
    assert Client().post("/accounts/setup/", SETUP).status_code == 200
    ok = Client().post("/accounts/setup/", {**SETUP, "setup_token": "the-token-123"})
    assert ok.status_code == 302 and django_user_model.objects.get().is_superuser


def test_loopback_setup_needs_no_token(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(security.SETUP_TOKEN_ENV, raising=False)
    assert "Setup token" not in Client().get("/accounts/setup/").content.decode()


def test_server_makes_a_token_only_for_non_loopback_without_owner(monkeypatch, owner) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(security.SETUP_TOKEN_ENV, raising=False)
    assert server.setup_token("127.0.0.1") is None
    assert server.setup_token("::1") is None
    assert server.setup_token("localhost") is None
    assert server.setup_token("0.0.0.0") is None  # an owner exists already


def test_server_token_for_a_fresh_reachable_server(monkeypatch, django_user_model) -> None:  # type: ignore[no-untyped-def]
    # setenv first so the token setup_token() puts into os.environ is removed afterwards
    # (delenv of an unset variable records nothing to undo, and the token would leak).
    monkeypatch.setenv(security.SETUP_TOKEN_ENV, "")
    monkeypatch.delenv(security.SETUP_TOKEN_ENV)
    token = server.setup_token("0.0.0.0")
    assert token and len(token) >= 20 and security.setup_token_matches(token)


def _request(remote: str, forwarded: str | None = None):  # type: ignore[no-untyped-def]
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_client_ip_trusts_forwarded_for_only_from_trusted_proxies(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(security.TRUSTED_PROXIES_ENV, raising=False)
    assert security.client_ip(_request("10.0.0.2", "203.0.113.9")) == "10.0.0.2"
    monkeypatch.setenv(security.TRUSTED_PROXIES_ENV, "10.0.0.0/24, 127.0.0.1")
    assert security.client_ip(_request("10.0.0.2", "203.0.113.9")) == "203.0.113.9"
    # A client cannot pick its address by sending its own header through the proxy.
    assert security.client_ip(_request("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    assert security.client_ip(_request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"
    assert security.client_ip(_request("10.0.0.2", "not-an-ip")) == "10.0.0.2"


def test_a_stranger_cannot_lock_the_owner_out(monkeypatch, owner) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(security.TRUSTED_PROXIES_ENV, "127.0.0.1")
    stranger = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.66")
    for _ in range(6):
        stranger.post("/accounts/login/", {"username": "owner", "password": "wrong"})
    assert (
        stranger.post("/accounts/login/", {"username": "owner", "password": PASSWORD}).status_code
        == 429
    )
    owner_browser = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.5")
    response = owner_browser.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302


def test_cool_off_is_short() -> None:
    from django.conf import settings

    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_password_containing_the_username_is_refused(django_user_model) -> None:  # type: ignore[no-untyped-def]
    response = Client().post(
        "/accounts/setup/",
        {"username": "samuel", "password1": "xSamuel-2026-long", "password2": "xSamuel-2026-long"},
    )
    assert response.status_code == 200 and not django_user_model.objects.exists()
    assert "must not contain your username" in response.content.decode()


def test_admin_shows_no_health_data() -> None:
    health_apps = {"journal", "checkins", "taper", "interactions"}
    registered = {model._meta.app_label for model in admin.site._registry}
    assert not registered & health_apps
    # Saved API responses (idempotency records) hold health data too.
    assert registered <= {"auth", "axes", "accounts"}
    accounts = {m._meta.model_name for m in admin.site._registry if m._meta.app_label == "accounts"}
    assert accounts == {"user"}
