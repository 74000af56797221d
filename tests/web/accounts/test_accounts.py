from __future__ import annotations

import os
import stat

import pytest
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_first_run_redirects_to_setup_and_setup_creates_the_owner(
    client, django_user_model
) -> None:
    assert client.get("/").url == "/accounts/setup/"
    assert client.get("/accounts/login/").url == "/accounts/setup/"
    response = client.post(
        "/accounts/setup/",
        {
            "username": "sam",
            "password1": "a long passphrase 42",
            "password2": "a long passphrase 42",
        },
    )
    assert response.status_code == 302
    owner = django_user_model.objects.get()
    assert owner.is_superuser and owner.password.startswith("argon2")
    assert Client().get("/accounts/setup/").status_code == 404  # one time only


def test_setup_rejects_weak_password(client, django_user_model) -> None:
    response = client.post(
        "/accounts/setup/", {"username": "sam", "password1": "123", "password2": "123"}
    )
    assert response.status_code == 200 and not django_user_model.objects.exists()


def test_personal_pages_need_login(client, owner) -> None:
    assert client.get("/").url.startswith("/accounts/login/")
    assert client.get("/accounts/settings/").url.startswith("/accounts/login/")


def test_login_and_lockout_after_five_failures(owner) -> None:
    client = Client()
    for _ in range(5):
        client.post("/accounts/login/", {"username": "owner", "password": "wrong"})
    locked = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Too many" in locked.content.decode()


def test_login_works(owner) -> None:
    client = Client()
    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_csrf_is_enforced(owner) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "owner", "password": PASSWORD})
    assert response.status_code == 403


def test_settings_save_time_zone_and_country(owner_client, owner) -> None:
    response = owner_client.post(
        "/accounts/settings/", {"time_zone": "Asia/Bangkok", "country": "TH"}
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.time_zone, owner.country) == ("Asia/Bangkok", "TH")
    bad = owner_client.post("/accounts/settings/", {"time_zone": "Mars/Olympus", "country": "XX"})
    assert bad.status_code == 400  # like every form page: the errors are shown with 400
    owner.refresh_from_db()
    assert owner.time_zone == "Asia/Bangkok"


def test_strict_security_headers(client) -> None:
    response = client.get("/about/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_secret_key_file_is_private() -> None:
    from kratomwise.web.config import data_dir, secret_key

    if os.environ.get("KRATOMWISE_SECRET_KEY"):
        pytest.skip("secret key comes from the environment")
    assert len(secret_key()) > 40
    mode = stat.S_IMODE((data_dir() / "secret_key").stat().st_mode)
    assert mode == 0o600


def test_delete_account_needs_the_password_and_removes_the_person(
    owner_client, owner, django_user_model
):
    wrong = owner_client.post("/accounts/delete/", {"password": "nope"})
    assert wrong.status_code == 200 and django_user_model.objects.filter(pk=owner.pk).exists()
    done = owner_client.post("/accounts/delete/", {"password": PASSWORD})
    assert done.status_code == 302
    assert not django_user_model.objects.filter(pk=owner.pk).exists()
    assert owner_client.get("/accounts/settings/").status_code == 302  # logged out
