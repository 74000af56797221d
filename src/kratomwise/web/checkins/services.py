"""Saving a completed instrument: one place for the page and the API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from kratomwise.assess import INSTRUMENTS, Result, score
from kratomwise.knowledge import resources as res
from kratomwise.web.checkins.models import InstrumentResponse

if TYPE_CHECKING:
    from kratomwise.web.accounts.models import User


def record(
    owner: User, instrument: str, answers: Mapping[str, int | None] | Sequence[int | None]
) -> tuple[InstrumentResponse, Result]:
    """Score and store one response. Raises ValueError (nothing stored) for bad answers."""
    if instrument not in INSTRUMENTS:
        known = ", ".join(INSTRUMENTS)
        raise ValueError(f"unknown instrument {instrument!r}; choose one of {known}")
    result = score(instrument, answers)
    with transaction.atomic():
        # Model() sets properties such as answers; django-stubs does not know (its #1034).
        saved = InstrumentResponse.objects.create(  # type: ignore[misc]
            owner=owner,
            instrument=instrument,
            answers=dict(result.answers),
            total=result.total,
            band=result.band or "",
            flags=list(result.flags),
            safety_flag=result.safety_flag,
            taken_at=timezone.now(),
        )
    return saved, result


def safety_lines(result: Result, country: str | None) -> dict[str, list[res.Resource]]:
    """The help lines a result page leads with: emergency always, crisis lines when the safety
    item is positive, care lines when the result suggests treatment."""
    return {
        "emergency_lines": res.by_kind(country, "emergency"),
        "crisis_lines": res.crisis_lines(country) if result.safety_flag else [],
        "care_lines": res.by_kind(country, res.CARE_KINDS) if result.treatment_options else [],
    }
