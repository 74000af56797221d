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
