"""The shape of one registry entry (pydantic), imported by the registry when it loads;
``parse_entry`` compiles its patterns and fills the defaults that depend on the verdict."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from kratomwise.claims.model import Verdict
from kratomwise.datamodel import DataModel

NonEmpty = Annotated[str, Field(min_length=1)]


def _a_claim(verdict: Verdict) -> Verdict:
    if verdict is Verdict.not_a_claim:
        raise ValueError("a canonical claim cannot be not_a_claim")
    return verdict


class EntryRecord(DataModel):
    """One entry of registry.yaml: the patterns that find a claim and what the evidence says."""

    id: NonEmpty
    all: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]
    none: tuple[NonEmpty, ...] = ()
    verdict: Annotated[Verdict, AfterValidator(_a_claim)]
    negated: Verdict | None = None  # default: the opposite of ``verdict``
    absolute: Verdict | None = None
    facts: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]
    reason: NonEmpty
    reason_negated: NonEmpty | None = None  # default: ``reason``
    disease: bool = False
    numbers: bool = True
    years: bool = False
    priority: int = 0
    kratom: bool = True
    paraphrases: tuple[NonEmpty, ...] = ()
