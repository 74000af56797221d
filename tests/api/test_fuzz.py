"""Schema fuzzing of the whole API in-process (schemathesis over WSGI, no network): every phase
(examples, coverage, fuzzing, stateful), every check, a fixed seed, two peers with write tokens
whose objects must stay private to each other. 0 failures: the OpenAPI document states every
status code and every constraint the code enforces."""

from __future__ import annotations

import collections
import datetime as dt
import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import strategies as st
from schemathesis.engine import events, from_schema
from schemathesis.specs.openapi._auth_retry import send_probe
from schemathesis.specs.openapi.object_authorization import apply_as
from schemathesis.transport.wsgi import WSGITransport
from schemathesis.wfc.escalation import escalating_provider

from kratomwise.api.journal import JOURNAL_CSV
from kratomwise.usage import Entry, model
from kratomwise.usage.csvformat import format_csv
from kratomwise.web.accounts import tokens

pytestmark = pytest.mark.django_db(transaction=True)

SEED = 20261203
EXAMPLES = 20  # per operation in the fuzzing phase; the coverage phase adds ~3,300 cases
MIN_CASES = 1_000
# One check off for one operation, with the reason: the taper plan refuses a floor or minimum step
# at or above the starting amount and plans longer than 1,000 steps, rules between fields that
# JSON Schema cannot state, so some schema-valid plans are rightly refused (422, said in the
# operation's description). Every other check runs on it.
BETWEEN_FIELDS = {"method": "POST", "path": "/api/taper/plan"}
# The time budget of the largest accepted input (issue 14); slower answers fail the run.
MAX_RESPONSE_SECONDS = 10.0
# Every check of the installed schemathesis that applies to this API (max_response_time is on
# through its limit above).
CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
    "max_response_time",
    "another_person_gets_404",
}


# Object-level operations: what one peer reaches with an id, the other must get 404 for
# (schemathesis's own object_level_authorization replays reads by id only).
OBJECT_PATHS = {"/api/journal/entries/{entry_id}"}
PEER_PROBES: list[int] = []


@schemathesis.check
def another_person_gets_404(ctx: Any, response: Any, case: Any) -> bool | None:
    """Replay a peer's successful change of its own entry as the other peer: 404, every time."""
    provider = escalating_provider(case.operation.schema)
    owner = case.auth_identity
    if (
        case.operation.path not in OBJECT_PATHS
        or not 200 <= response.status_code < 300
        or provider is None
        or owner not in provider.peers
    ):
        return None
    for peer in provider.peers:
        if peer != owner:
            answer = send_probe(ctx, case, apply_as(case, provider.provider_for(peer), peer))
            PEER_PROBES.append(answer.status_code)
            if answer.status_code != 404:
                raise AssertionError(
                    f"{peer} got {answer.status_code} for {owner}'s {case.formatted_path}"
                )
    return True


def _journal_csv() -> st.SearchStrategy[str]:
    """Journal CSV texts the core writes: the format the API names ``journal-csv``."""
    days = st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(2026, 1, 1),
        timezones=st.just(dt.UTC),
    )
    entry = st.builds(
        Entry,
        taken_at=days,
        substance=st.sampled_from(["kratom", "seven_oh", "alcohol", "beer", "gabapentin"]),
        form=st.sampled_from(model.FORMS),
        amount=st.decimals(min_value="0.0001", max_value="1000", places=4).map(float),
        unit=st.sampled_from(model.UNITS),
        craving=st.none() | st.integers(0, 10),
        mood=st.none() | st.integers(0, 10),
        note=st.text(st.characters(categories=["L", "N", "P", "Zs"]), max_size=40),
    )
    return st.lists(entry, max_size=8).map(format_csv)


def _send_without_socket_settings(original: Any) -> Any:
    """schemathesis 4.32 hands the WSGI transport the socket settings of its HTTP session when
    it replays a request as another identity (``ignored_auth``, ``object_level_authorization``);
    an in-process call has no socket, so they are dropped as its own sessions drop them."""

    def send(self: WSGITransport, case: Any, **kwargs: Any) -> Any:
        if kwargs.get("session") is None:
            for name in ("max_redirects", "verify", "cert", "proxies"):
                kwargs.pop(name, None)
        return original(self, case, **kwargs)

    return send


def _explain(recorder: Any, case_id: str, check: Any) -> str:
    """The request that failed a check and the answer it got."""
    interaction = recorder.interactions.get(case_id)
    answer = interaction.response.content[:300] if interaction and interaction.response else b""
    return f"{check.failure_info.failure.title}: {check.failure_info.code_sample} -> {answer!r}"


@pytest.fixture
def peers(django_user_model: Any, tmp_path: Path) -> Path:
    """Two people with write tokens, as a Web Fuzzing Commons auth document."""
    users = []
    for name in ("alice", "bob"):
        person = django_user_model.objects.create_user(username=name, password=name * 8)
        token = tokens.create(person, "write", "fuzz")[1]
        header = {"name": "Authorization", "value": f"Bearer {token}"}
        users.append({"name": name, "fixedHeaders": [header]})
    path = tmp_path / "auth.json"
    path.write_text(json.dumps({"auth": users}), encoding="utf-8")
    return path


def test_the_api_passes_schema_fuzzing(
    peers: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kratomwise.web.wsgi import application

    monkeypatch.setattr(WSGITransport, "send", _send_without_socket_settings(WSGITransport.send))
    for name in ("django.request", "django.security.csrf", "trafilatura", "htmldate"):
        monkeypatch.setattr(logging.getLogger(name), "disabled", True)
    schemathesis.openapi.format(JOURNAL_CSV, _journal_csv())
    config = schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "workers": 1,
            # No cache: every run starts from the seed alone and writes nothing to the tree.
            "cache": {"enabled": False},
            "generation": {"max-examples": EXAMPLES, "database": "none"},
            "checks": {"max_response_time": MAX_RESPONSE_SECONDS},
            "auth": {"wfc": {"path": str(peers), "peers": ["alice", "bob"]}},
            "operations": [
                {
                    "include-method": BETWEEN_FIELDS["method"],
                    "include-path": BETWEEN_FIELDS["path"],
                    "checks": {"positive_data_acceptance": {"enabled": False}},
                }
            ],
        }
    )
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application, config=config)
    operations = len(list(schema.get_all_operations()))

    started = time.monotonic()
    cases = 0
    ran: set[str] = set()
    failures: collections.Counter[tuple[str, str]] = collections.Counter()
    samples: dict[tuple[str, str], str] = {}
    errors: list[str] = []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            cases += len(event.recorder.cases)
            for case_id, checks in event.recorder.checks.items():
                for check in checks:
                    ran.add(check.name)
                    if check.failure_info is not None:
                        key = (event.recorder.label, check.name)
                        failures[key] += 1
                        samples.setdefault(key, _explain(event.recorder, case_id, check))
        elif isinstance(event, events.NonFatalError | events.FatalError):
            errors.append(f"{getattr(event, 'label', '')}: {event.info.message}")
    seconds = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\nschema fuzzing: {operations} operations, {cases} cases, "
            f"{sum(failures.values())} failures, {len(errors)} errors, "
            f"{len(PEER_PROBES)} peer replays, {seconds:.1f} s"
        )

    assert not errors, errors
    assert not failures, "\n".join(f"{k} x{n}: {samples[k]}" for k, n in failures.items())
    assert cases >= MIN_CASES
    assert PEER_PROBES and set(PEER_PROBES) == {404}
    assert ran | {"max_response_time"} >= CHECKS, CHECKS - ran
