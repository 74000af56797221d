"""Instruments, red-flag triage and crisis resources (the same objects as the CLI JSON)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ninja import Body, Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import field_validator

from kratomwise.api.answers import answers_of, request_schema
from kratomwise.api.errors import NOT_JSON, responses
from kratomwise.api.params import codes_pattern, country_field
from kratomwise.assess import INSTRUMENTS, score
from kratomwise.assess.triage import CODE_DEFS, UnknownCode, codes_doc, triage
from kratomwise.knowledge import resources as res

router = Router(tags=["assess"])


class _ScoreBase(Schema):
    # The crisis lines of a positive PHQ-9 item 9 are this country's.
    country: str = country_field()


if TYPE_CHECKING:  # a model per instrument, made at import time: Any to the type checker
    ScoreIn = Any
else:
    ScoreIn = request_schema("Score", _ScoreBase)


class TriageIn(Schema):
    # The pattern states the rule in the document; the validator applies the same closed list
    # and names the unknown codes (a pattern error cannot).
    codes: str = Field(
        "",
        json_schema_extra={"pattern": codes_pattern(CODE_DEFS)},
        description="Comma-separated triage codes (GET /api/assess/codes)",
    )
    country: str = country_field()

    @field_validator("codes")
    @classmethod
    def _known(cls, codes: str) -> str:
        unknown = [c for c in codes.split(",") if codes and c not in CODE_DEFS]
        if unknown:
            raise UnknownCode(unknown)
        return codes


class CountryIn(Schema):
    country: str = country_field()


@router.get("/instruments", response=responses(dict[str, Any]))
def instruments(request: Any) -> dict[str, Any]:
    """The instruments kratomwise scores, with their items and allowed values."""
    return {
        "instruments": [
            {
                "id": inst.id,
                "name": inst.name,
                "completed_by": inst.completed_by,
                "recall": inst.recall,
                "max_total": inst.max_total,
                "bands": [
                    {"id": b.id, "low": b.low, "high": b.high, "label": b.label} for b in inst.bands
                ],
                "items": [
                    {"id": i.id, "text": i.text, "allowed": list(i.allowed), "scored": i.scored}
                    for i in inst.items
                ],
                "source": inst.source,
                "loinc_total": inst.loinc_total,
            }
            for inst in INSTRUMENTS.values()
        ]
    }


@router.post("/score", response=responses(dict[str, Any], NOT_JSON))
def score_answers(request: Any, payload: Body[ScoreIn]) -> dict[str, Any]:
    """Score one completed instrument (``kratomwise score`` JSON). Bad answers → 422.

    A positive PHQ-9 item 9 adds ``resources``: the country's crisis lines, then its emergency
    numbers (international ones without a country).
    """
    try:
        country = res.normalize_country(payload.country)
        result = score(payload.instrument, answers_of(payload))
    except ValueError as exc:
        raise HttpError(422, str(exc)) from None
    doc = result.as_dict()
    if result.safety_flag:
        doc["resources"] = [r.as_dict() for r in res.safety_lines(country)]
    return doc


@router.get("/codes", response=responses(dict[str, Any]))
def codes(request: Any) -> dict[str, Any]:
    """The closed list of triage codes (``kratomwise triage --list-codes`` JSON)."""
    return codes_doc()


@router.get("/triage", response=responses(dict[str, Any]))
def triage_codes(request: Any, params: Query[TriageIn]) -> dict[str, Any]:
    """Triage comma-separated ``codes`` for ``country`` (``kratomwise triage`` JSON)."""
    wanted = [c for c in params.codes.split(",") if c]
    try:
        return triage(wanted, params.country or None).as_dict()
    except ValueError as exc:
        raise HttpError(422, str(exc)) from None


@router.get("/resources", response=responses(dict[str, Any]))
def resources(request: Any, params: Query[CountryIn]) -> dict[str, Any]:
    """Crisis and care lines for a country, emergency and poison control first."""
    try:
        code = res.normalize_country(params.country)
    except ValueError as exc:
        raise HttpError(422, str(exc)) from None
    rows = res.for_country(code)
    return {
        "country": code if code and res.has_country(code) else None,
        "country_name": res.country_name(code),
        "resources": [r.as_full_dict() for r in rows],
    }
