"""Shared fixtures: people with and without access, and a private data directory."""

from __future__ import annotations

import pytest

PASSWORD = "correct horse battery staple 1"


def _make_user(django_user_model, username: str, **extra):
    return django_user_model.objects.create_user(username=username, password=PASSWORD, **extra)


@pytest.fixture
def owner(db, django_user_model):
    return _make_user(django_user_model, "owner", is_staff=True, is_superuser=True)


@pytest.fixture
def member(db, django_user_model):
    return _make_user(django_user_model, "member")


@pytest.fixture
def outsider(db, django_user_model):
    return _make_user(django_user_model, "outsider")


def _client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def owner_client(owner):
    return _client_for(owner)


@pytest.fixture
def member_client(member):
    return _client_for(member)


@pytest.fixture
def outsider_client(outsider):
    return _client_for(outsider)


@pytest.fixture(scope="session", autouse=True)
def _audit_log_can_be_emptied_between_tests(django_db_setup, django_db_blocker):
    """Tests on a live server empty the database after each test; on SQLite that is a DELETE,
    which the audit log's retention trigger refuses. Drop the SQLite triggers for this test
    database; tests/web/programs/test_audit.py puts them back inside its own tests.
    (PostgreSQL empties tables with TRUNCATE, which row triggers do not see.)"""
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS programs_audit_retention")


@pytest.fixture
def fixture_catalogues(settings):
    """The test-only catalogues (tests/i18n/fixtures/locale, a few Thai and Spanish texts) for
    the core and for Django: proves the translation machinery without the real catalogues."""
    from pathlib import Path

    from kratomwise.i18n import use_catalogues

    with use_catalogues(Path(__file__).parent / "i18n" / "fixtures" / "locale") as compiled:
        settings.LOCALE_PATHS = [compiled]
        yield compiled


@pytest.fixture(autouse=True)
def _english_cli_by_default(monkeypatch):
    """The suite's expected texts are English, whatever the developer's locale (LANG=th_TH...)."""
    monkeypatch.setenv("KRATOMWISE_LANG", "en")
