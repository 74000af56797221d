"""Object routes that belong to one person: another person's attempt is a 404 that writes
exactly one audit row (outcome failure, no health data); the owner's own use writes none."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from kratomwise.web.programs.models import AuditEvent
from tests.web.programs.test_authorization_matrix import MARKER, OBJECT, _url, _world

pytestmark = pytest.mark.django_db
API = {"api:update_entry": "patch", "api:delete_entry": "delete"}
# Routes whose GET is refused before the lookup (POST only): they are tried with POST.
ROUTES = sorted(OBJECT)


def _send(client: Client, name: str, url: str):
    if name in API:
        return getattr(client, API[name])(
            url, data=json.dumps({"amount": 2}), content_type="application/json"
        )
    response = client.get(url)
    return client.post(url) if response.status_code == 405 else response


def _failures():
    return AuditEvent.objects.filter(outcome="denied:not_owner")


@pytest.mark.parametrize("name", ROUTES)
def test_an_outsiders_attempt_writes_one_failure_row(django_user_model, name: str) -> None:
    world = _world(django_user_model, "person", "consented")
    response = _send(world.client, name, _url(name, world))
    assert response.status_code == 404
    rows = list(_failures())
    assert len(rows) == 1
    row = rows[0]
    assert (row.actor_id, row.subject_id, row.actor_role) == (
        world.actor.pk,  # type: ignore[attr-defined]
        world.subject.pk,  # type: ignore[attr-defined]
        "person",
    )
    assert row.object_ids == f"{row.resource}:{world.objects[OBJECT[name]]}"
    assert row.request_id and row.row_hash
    fields = json.dumps(row.hashed_fields(), default=str)
    assert MARKER not in fields


@pytest.mark.parametrize("name", ROUTES)
def test_the_owner_writes_no_failure_row(django_user_model, name: str) -> None:
    world = _world(django_user_model, "person", "consented")
    owner = Client()
    owner.force_login(world.subject, backend="django.contrib.auth.backends.ModelBackend")
    response = _send(owner, name, _url(name, world))
    assert not _failures().exists()
    if owner.get(_url(name, world)).status_code == 200:  # a read of one's own: not audited
        assert response.status_code == 200
        assert not AuditEvent.objects.exclude(resource="session").exists()


def test_a_missing_object_is_just_missing(django_user_model) -> None:
    world = _world(django_user_model, "person", "consented")
    assert world.client.get(reverse("journal:edit", args=[999999])).status_code == 404
    assert not _failures().exists()
