"""The one access rule: own data, consent, revocation, expiry, MFA, counseling notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kratomwise.sharing import (
    Actor,
    Category,
    Consent,
    ConsentType,
    Reason,
    Recipient,
    RecipientKind,
    Role,
    can_read,
    may_end_by_event,
    readable_categories,
)

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
PERSON = 1
CLINICIAN = Actor(
    id=2, roles=frozenset({Role.clinician}), program_ids=frozenset({7}), mfa_verified=True
)
AS_CLINICIAN = Recipient(RecipientKind.clinician, 2)
AS_PROGRAM = Recipient(RecipientKind.program, 7)


def consent(**changes: object) -> Consent:
    values: dict[str, object] = {
        "id": 10,
        "person_id": PERSON,
        "type": ConsentType.disclosure,
        "recipients": frozenset({AS_CLINICIAN}),
        "categories": frozenset({Category.journal, Category.checkins}),
        "purpose": "treatment",
        "signed_at": NOW - timedelta(days=1),
        "expires_at": NOW + timedelta(days=30),
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_own_data_is_always_readable() -> None:
    me = Actor(id=PERSON, roles=frozenset({Role.person}))
    decision = can_read(me, PERSON, Category.counseling_notes, NOW, [])
    assert decision.allowed and decision.reason is Reason.own_data


def test_consented_category_is_readable_and_names_its_consent() -> None:
    decision = can_read(CLINICIAN, PERSON, Category.journal, NOW, [consent()])
    assert (decision.allowed, decision.reason, decision.consent_id) == (True, Reason.consent, 10)


@pytest.mark.parametrize(
    ("label", "actor", "category", "consents", "reason"),
    [
        ("no consent", CLINICIAN, Category.journal, [], Reason.no_consent),
        ("other category", CLINICIAN, Category.taper, [consent()], Reason.no_consent),
        ("expired", CLINICIAN, Category.journal, [consent(expires_at=NOW)], Reason.no_consent),
        (
            "ended by event",
            CLINICIAN,
            Category.journal,
            [consent(expired_by_event=True)],
            Reason.no_consent,
        ),
        (
            "revoked",
            CLINICIAN,
            Category.journal,
            [consent(revoked={AS_CLINICIAN: NOW - timedelta(seconds=1)})],
            Reason.no_consent,
        ),
        ("other person", CLINICIAN, Category.journal, [consent(person_id=99)], Reason.no_consent),
        (
            "no MFA",
            Actor(id=2, roles=frozenset({Role.clinician})),
            Category.journal,
            [consent()],
            Reason.mfa_required,
        ),
        (
            "a person",
            Actor(id=3, roles=frozenset({Role.person})),
            Category.journal,
            [consent(recipients=frozenset({Recipient(RecipientKind.clinician, 3)}))],
            Reason.not_a_reader,
        ),
        (
            "other clinician",
            Actor(id=4, roles=frozenset({Role.clinician}), mfa_verified=True),
            Category.journal,
            [consent()],
            Reason.no_consent,
        ),
        (
            "notes in a general consent",
            CLINICIAN,
            Category.counseling_notes,
            [consent(categories=frozenset({Category.counseling_notes}))],
            Reason.no_consent,
        ),
    ],
)
def test_refusals(
    label: str, actor: Actor, category: Category, consents: list[Consent], reason: Reason
) -> None:
    decision = can_read(actor, PERSON, category, NOW, consents)
    assert not decision.allowed, label
    assert decision.reason is reason, label


def test_revocation_takes_effect_at_its_moment() -> None:
    revoked = consent(revoked={AS_CLINICIAN: NOW})
    assert can_read(CLINICIAN, PERSON, Category.journal, NOW - timedelta(seconds=1), [revoked])
    assert not can_read(CLINICIAN, PERSON, Category.journal, NOW, [revoked])


def test_revoking_one_recipient_leaves_the_other() -> None:
    both = consent(recipients=frozenset({AS_CLINICIAN, AS_PROGRAM}), revoked={AS_CLINICIAN: NOW})
    assert can_read(CLINICIAN, PERSON, Category.journal, NOW, [both])  # still via the program
    colleague = Actor(
        id=5, roles=frozenset({Role.clinician}), program_ids=frozenset({7}), mfa_verified=True
    )
    assert can_read(colleague, PERSON, Category.journal, NOW, [both]).consent_id == 10


def test_counseling_notes_need_their_own_consent_type() -> None:
    notes = consent(
        type=ConsentType.counseling_notes, categories=frozenset({Category.counseling_notes})
    )
    assert can_read(CLINICIAN, PERSON, Category.counseling_notes, NOW, [notes])


def test_readable_categories() -> None:
    assert readable_categories(CLINICIAN, PERSON, NOW, [consent()]) == {
        Category.journal,
        Category.checkins,
    }


def test_attention_flags_sort_safety_first_and_cite_facts() -> None:
    from kratomwise.knowledge import has_fact
    from kratomwise.sharing import Priority, Snapshot, flags, sort_key

    calm = Snapshot(person_id=1, last_checkin_at=NOW - timedelta(days=1))
    assert flags(calm, NOW) == []
    worried = Snapshot(
        person_id=2,
        suicide_item_positive_at=NOW - timedelta(days=3),
        taper_on_hold=True,
        last_checkin_at=NOW - timedelta(days=8),
    )
    found = flags(worried, NOW)
    assert [f.priority for f in found] == [Priority.safety, Priority.review, Priority.contact]
    assert all(f.fact_ids and all(has_fact(i) for i in f.fact_ids) for f in found)
    old = Snapshot(
        person_id=3, suicide_item_positive_at=NOW - timedelta(days=15), last_checkin_at=NOW
    )
    assert flags(old, NOW) == []
    assert sort_key(found) < sort_key(flags(Snapshot(person_id=4), NOW)) < sort_key([])


ADMIN = Actor(
    id=3,
    roles=frozenset({Role.program_admin}),
    program_ids=frozenset({7}),
    mfa_verified=True,
    admin_program_ids=frozenset({7}),
)
ON_EVENT = {"recipients": frozenset({AS_PROGRAM}), "expires_at": None, "expiry_event": "discharge"}


@pytest.mark.parametrize(
    ("actor", "changes", "expected"),
    [
        (Actor(id=PERSON, roles=frozenset({Role.person})), {}, AS_PROGRAM),
        (ADMIN, {}, AS_PROGRAM),
        (replace(ADMIN, mfa_verified=False), {}, None),
        (replace(ADMIN, admin_program_ids=frozenset({8})), {}, None),
        (replace(CLINICIAN, program_ids=frozenset({7})), {}, None),  # clinicians do not end
        (ADMIN, {"expiry_event": " "}, None),  # nothing to mark
        (ADMIN, {"expired_by_event": True}, None),  # marked already
        (ADMIN, {"revoked": {AS_PROGRAM: NOW - timedelta(hours=1)}}, None),
        (ADMIN, {"expires_at": NOW - timedelta(hours=1)}, None),
    ],
)
def test_who_may_mark_the_ending_event(
    actor: Actor, changes: dict[str, object], expected: Recipient | None
) -> None:
    assert may_end_by_event(actor, consent(**{**ON_EVENT, **changes}), NOW) == expected


def test_a_marked_event_ends_every_read() -> None:
    ended = consent(expired_by_event=True)
    assert not can_read(CLINICIAN, PERSON, Category.journal, NOW, [ended])
