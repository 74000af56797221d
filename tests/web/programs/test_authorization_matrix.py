"""Authorisation matrix: five roles and anonymous × every route that touches personal data ×
{own, consented, revoked, expired, other program}. Every cell is asserted, a planted marker
of the subject's data never appears where it should not, and a route missing from the
matrix fails the suite."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from kratomwise.sharing import Role
from kratomwise.web.accounts import tokens
from kratomwise.web.checkins.models import InstrumentResponse
from kratomwise.web.interactions.models import SavedSubstance
from kratomwise.web.journal.models import Entry, Preset
from kratomwise.web.programs.models import (
    Consent,
    ConsentRecipient,
    EventEnding,
    Program,
    RoleGrant,
)
from kratomwise.web.taper.models import TaperPlan
from tests.web.programs.conftest import device_for, sign_consent

pytestmark = pytest.mark.django_db

MARKER = "zzmarkersubstance"
ROLES = ("anonymous", *(r.value for r in Role))
STATES = ("own", "consented", "revoked", "expired", "other_program")

# Routes with no personal data (anyone may open them) and routes outside this matrix's reach.
PUBLIC = {
    "core:about",
    "core:healthz",
    ":set_language",  # the language switcher: a cookie, and the account's own language
    "accounts:setup",
    "accounts:login",
    "accounts:logout",
    "evidence:index",
    "evidence:detail",
    "help:index",
    "help:resources",
    "law:index",
    "law:compare",
    "law:detail",
    "checker:index",
    "interactions:index",
    "interactions:suggest",
    "journal:how",
    "programs:join",
    "programs:signup",
    "programs:mfa",
    "programs:mfa_setup",
    "programs:reauth",
    "api:openapi-json",
    "api:openapi-view",
    "api:search_facts",
    "api:fact_detail",
    "api:check_names",
    "api:suggest",
    "api:law_by_name",
    "api:law_by_code",
    "api:instruments",
    "api:score_answers",
    "api:codes",
    "api:triage_codes",
    "api:resources",
    "api:analyze_csv",
    "api:plan",
    "api:check",
    "api:api-root",
}
# The person's own pages: they show only the signed-in person's data.
OWN = {
    "core:today",
    "accounts:settings",
    "accounts:delete",
    "checkins:index",
    "checkins:export_fhir",
    "checkins:take",
    "checkins:history",
    "journal:index",
    "journal:repeat",
    "journal:entries",
    "journal:deleted",
    "journal:presets",
    "journal:settings",
    "journal:export_csv",
    "journal:export_json",
    "journal:import",
    "journal:delete_data",
    "taper:index",
    "taper:new",
    "taper:edit",
    "taper:restart",
    "taper:checkin",
    "taper:thresholds",
    "taper:history",
    "interactions:save",
    "programs:sharing",
    "programs:share",
    "programs:disclosures",
    "api:my_entries",
    "api:my_analysis",
    "accounts:tokens",
    "api:create_entry",  # the same path as api:my_entries; a GET lists your own
}
# Object routes: the object belongs to the subject; only the subject may reach it.
OBJECT = {
    "checkins:result": "response",
    "checkins:export_one": "response",
    "journal:edit": "entry",
    "journal:delete": "entry",
    "journal:restore": "entry",
    "journal:log_preset": "preset",
    "journal:delete_preset": "preset",
    "taper:detail": "plan",
    "taper:override": "plan",
    "taper:print": "plan",
    "taper:ics": "plan",
    "interactions:remove": "saved",
    "programs:revoke": "recipient",
    "programs:end_by_event": "consent",
    "accounts:revoke_token": "token",
    "api:update_entry": "entry",
    "api:delete_entry": "entry",
}
# API writes answer only POST, PATCH and DELETE (a GET is 405 for everyone); who may write is
# asserted per owner, other person and anonymous in tests/api/test_writes.py.
API_WRITES = {"api:create_checkin", "api:create_taper_checkin"}
# Another person's record, decided by consent.
SHARED = {"programs:person", "programs:export_fhir", "programs:export_summary"}
# Changes a program admin makes to a consent naming their program (POST only; see
# test_ending_event_cell for who may make them).
PROGRAM_POSTS = {"programs:program_end_by_event": "consent"}
# Role pages.
ROLE_PAGES = {
    "programs:caseload": {"clinician", "program_admin", "auditor", "site_admin"},
    "programs:invite": {"program_admin", "site_admin"},
}
ARGS = {
    "evidence:detail": ["DEP-08"],
    "law:detail": ["US"],
    "checkins:take": ["phq9"],
    "checkins:history": ["phq9"],
    "programs:join": ["x"],
}


def _route_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue  # the admin shows no health data (see test_admin_shows_no_health_data)
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif pattern.name:
                names.add(f"{namespace}:{pattern.name}")

    walk(get_resolver().url_patterns, "")
    return names


def test_every_route_has_a_matrix_entry() -> None:
    known = PUBLIC | OWN | set(OBJECT) | SHARED | set(ROLE_PAGES) | API_WRITES | set(PROGRAM_POSTS)
    assert _route_names() - known == set(), "add these routes to the authorisation matrix"


@dataclass
class World:
    client: Client
    actor: object
    subject: object
    objects: dict[str, int]


def _user(django_user_model, name: str):
    user = django_user_model.objects.create(username=name)
    user.set_unusable_password()
    user.save()
    RoleGrant.objects.create(user=user, role=Role.person.value)
    return user


def _world(django_user_model, role: str, state: str) -> World:
    home = Program.objects.create(name="Home Program")
    other = Program.objects.create(name="Other Program")
    subject = _user(django_user_model, "subject")
    actor = subject if state == "own" else _user(django_user_model, "actor")
    if role not in ("anonymous", "person"):
        in_program = role in ("clinician", "program_admin")
        RoleGrant.objects.create(user=actor, role=role, program=home if in_program else None)
    if state != "own":
        consent = sign_consent(
            subject,
            program=other if state == "other_program" else home,
            categories=("journal", "checkins", "taper"),
            expires_in=timedelta(seconds=-1) if state == "expired" else timedelta(days=30),
        )
        if state == "revoked":
            ConsentRecipient.objects.filter(consent=consent).update(revoked_at=timezone.now())
    now = timezone.now()
    entry = Entry.objects.create(
        owner=subject, substance=MARKER, form="other", amount=Decimal(1), unit="mg"
    )
    objects = {
        "entry": entry.pk,
        "preset": Preset.objects.create(owner=subject, name=MARKER, amount=Decimal(1)).pk,
        "response": InstrumentResponse.objects.create(
            owner=subject,
            instrument="phq9",
            total=0,
            answers={f"phq9_0{i}": 0 for i in range(1, 10)},
            taken_at=now,
        ).pk,
        "plan": TaperPlan.objects.create(
            owner=subject, amount=Decimal(8), percent=Decimal(10), every_days=7, start=now.date()
        ).pk,
        "saved": SavedSubstance.objects.create(owner=subject, name=MARKER).pk,
        "token": tokens.create(subject, "read", MARKER)[0].pk,
        "recipient": ConsentRecipient.objects.filter(consent__person=subject)
        .values_list("pk", flat=True)
        .first()
        or 0,
        "consent": Consent.objects.filter(person=subject).values_list("pk", flat=True).first() or 0,
    }
    client = Client()
    if role != "anonymous":
        client.force_login(actor, backend="django.contrib.auth.backends.ModelBackend")
        session = client.session
        if role != "person":
            session["otp_device_id"] = device_for(actor).persistent_id
        session["kw_reauth_at"] = time.time()
        session.save()
    return World(client, actor, subject, objects)


def _url(name: str, world: World) -> str:
    if name in OBJECT:
        return reverse(name, args=[world.objects[OBJECT[name]]])
    if name in PROGRAM_POSTS:
        return reverse(name, args=[world.objects[PROGRAM_POSTS[name]]])
    if name in SHARED:
        return reverse(name, args=[world.subject.pk])  # type: ignore[attr-defined]
    return reverse(name, args=ARGS.get(name, []))


def expected(name: str, role: str, state: str) -> set[int]:
    """The statuses allowed in one cell (200 only where the data may be read)."""
    if name in API_WRITES or name in ("api:update_entry", "api:delete_entry"):
        return {401, 405}  # no GET on a write; never a 200 with data
    login = {302} if not name.startswith("api:") else {401}
    if role == "anonymous":
        return login
    if name in OWN:
        return {200, 302, 405}  # the actor's own page (own data only: the marker check decides)
    if name in OBJECT:
        return {200, 302, 405} if state == "own" else {404, 405}
    if name in ROLE_PAGES:
        return {200} if role in ROLE_PAGES[name] else {302, 404}
    if name in PROGRAM_POSTS:
        return {302} if role == "person" else {405}  # no second factor, or no GET
    if role == "person":
        return {302}  # no second factor set up: sent to set one up, no data
    if state == "consented" and role in ("clinician", "program_admin"):
        return {200}
    return {404}  # own record: on the person's own pages, not the clinician pages


def _may_show_marker(name: str, role: str, state: str) -> bool:
    if role == "anonymous":
        return False
    if state == "own":
        return name not in SHARED
    return name in SHARED and state == "consented" and role in ("clinician", "program_admin")


CELLS = [
    (name, role, state)
    for name in sorted(
        OWN | set(OBJECT) | SHARED | set(ROLE_PAGES) | API_WRITES | set(PROGRAM_POSTS)
    )
    for role in ROLES
    for state in STATES
]


@pytest.mark.parametrize(("name", "role", "state"), CELLS)
def test_cell(django_user_model, name: str, role: str, state: str) -> None:
    world = _world(django_user_model, role, state)
    response = world.client.get(_url(name, world))
    assert response.status_code in expected(name, role, state), response.status_code
    if not _may_show_marker(name, role, state):
        body = b"".join(response) if response.streaming else response.content
        assert MARKER.encode() not in body


def _ended_after(name: str, role: str, state: str) -> tuple[set[int], bool]:
    """(statuses, whether the consent ends) for a POST marking its ending event."""
    if role == "anonymous":
        return {302}, False
    if name == "programs:end_by_event":  # only the person, on their own consent
        return ({302}, True) if state == "own" else ({404}, False)
    if role == "person":
        return {302}, False  # sent to set up a second factor first
    if state == "own" or (state == "consented" and role == "program_admin"):
        return {302}, True
    return {404}, False


ENDING_CELLS = [
    (name, role, state)
    for name in ("programs:end_by_event", "programs:program_end_by_event")
    for role in ROLES
    for state in STATES
]


@pytest.mark.parametrize(("name", "role", "state"), ENDING_CELLS)
def test_ending_event_cell(django_user_model, name: str, role: str, state: str) -> None:
    world = _world(django_user_model, role, state)
    if state == "own":  # the person's own consent, naming the home program
        home = Program.objects.get(name="Home Program")
        world.objects["consent"] = sign_consent(world.subject, program=home).pk
    Consent.objects.filter(pk=world.objects["consent"]).update(expiry_event="end of treatment")
    response = world.client.post(_url(name, world))
    statuses, ends = _ended_after(name, role, state)
    assert response.status_code in statuses, response.status_code
    assert EventEnding.objects.filter(consent_id=world.objects["consent"]).exists() is ends
