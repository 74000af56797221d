"""Consent forms need every required element; the audit chain shows any change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kratomwise.sharing import (
    GENESIS,
    Category,
    ConsentForm,
    ConsentType,
    Recipient,
    RecipientKind,
    document_hash,
    first_broken,
    missing_elements,
    row_hash,
)

SIGNED = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
FORM = ConsentForm(
    person_name="Alex Doe",
    discloser="kratomwise, on Alex's behalf",
    type=ConsentType.disclosure,
    recipients=frozenset({Recipient(RecipientKind.clinician, 2)}),
    categories=frozenset({Category.journal}),
    purpose="Treatment of kratom use",
    expires_at=SIGNED + timedelta(days=90),
    expiry_event="",
    signer="Alex Doe",
    relationship="self",
    signed_at=SIGNED,
    statements={"revocation": "rev-1", "redisclosure": "red-1", "refusal_consequences": "ref-1"},
)


def test_a_complete_form_has_nothing_missing() -> None:
    assert missing_elements(FORM) == []


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"person_name": " "}, "name of the person"),
        ({"discloser": ""}, "who may disclose"),
        ({"categories": frozenset()}, "at least one kind"),
        ({"recipients": frozenset()}, "who receives"),
        ({"purpose": ""}, "shared for"),
        ({"expires_at": None}, "end date or an event"),
        ({"expires_at": SIGNED}, "after the date of signing"),
        ({"signer": ""}, "must be signed"),
        ({"relationship": ""}, "how the signer is related"),
        ({"signed_at": None}, "date of signing"),
        ({"statements": {"revocation": "rev-1", "redisclosure": "red-1"}}, "what saying no means"),
        (
            {"categories": frozenset({Category.journal, Category.counseling_notes})},
            "consent of their own",
        ),
        ({"type": ConsentType.counseling_notes}, "nothing else"),
    ],
)
def test_each_missing_element_is_named(changes: dict[str, object], fragment: str) -> None:
    problems = missing_elements(replace(FORM, **changes))  # type: ignore[arg-type]
    assert len(problems) == 1 and fragment in problems[0], problems


def test_an_expiry_event_can_stand_in_for_a_date() -> None:
    assert missing_elements(replace(FORM, expires_at=None, expiry_event="end of treatment")) == []


def test_document_hash_changes_with_any_field() -> None:
    base = document_hash(FORM)
    assert len(base) == 64 and base == document_hash(FORM)
    assert document_hash(replace(FORM, purpose="Research")) != base
    assert (
        document_hash(replace(FORM, statements={**FORM.statements, "revocation": "rev-2"})) != base
    )


def _chain(n: int) -> list[tuple[int, dict[str, object], str, str]]:
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        fields = {"actor": "clin", "action": "R", "subject": i % 3, "outcome": "allowed"}
        digest = row_hash(fields, prev)
        rows.append((i, fields, prev, digest))
        prev = digest
    return rows


def test_an_intact_chain_verifies() -> None:
    assert first_broken(_chain(20)) is None
    assert first_broken([]) is None


def test_changing_deleting_or_inserting_a_row_is_found() -> None:
    changed = _chain(10)
    changed[4][1]["outcome"] = "denied"
    assert first_broken(changed) == 5
    deleted = _chain(10)
    del deleted[6]
    assert first_broken(deleted) == 8
    inserted = _chain(10)
    inserted.insert(
        3, (99, {"actor": "x"}, inserted[2][3], row_hash({"actor": "x"}, inserted[2][3]))
    )
    assert first_broken(inserted) == 4
