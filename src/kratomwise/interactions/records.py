"""The shapes of the packaged interaction files (pydantic): classes.yaml, substances.yaml and
rules.yaml. Imported by the loaders when they load; cross-references (a class that exists, a
combination's parts) are checked by ``Table`` and ``parse_rules``."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from kratomwise.datamodel import DataModel, as_list
from kratomwise.interactions.severity import SEVERITIES, is_severity
from kratomwise.text import collapse_spaces


def _names(value: Any) -> Any:
    """One name or a list of names; blank names dropped, the rest trimmed."""
    value = as_list(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    return value


def _severity(value: str) -> str:
    if not is_severity(value):
        raise ValueError(f"{value!r} is not one of {', '.join(SEVERITIES)}")
    return value


def _sentence(value: Any) -> Any:
    return collapse_spaces(value) if isinstance(value, str) else value


Names = Annotated[tuple[str, ...], BeforeValidator(_names)]
Sentence = Annotated[str, BeforeValidator(_sentence)]


class ClassRecord(DataModel):
    """One entry of classes.yaml (the id is its key)."""

    label: Annotated[str, Field(min_length=1)]
    description: Annotated[str, Field(min_length=1)]


class AliasRecord(DataModel):
    brand: Names = ()
    alias: Names = ()


class SubstanceRecord(DataModel):
    """One entry of substances.yaml."""

    name: Annotated[str, Field(min_length=1)]
    classes: Names = ()
    aliases: Annotated[AliasRecord, BeforeValidator(lambda v: {} if v is None else v)] = (
        AliasRecord()
    )
    combination_of: Annotated[
        Names, AfterValidator(lambda names: tuple(n.lower() for n in names))
    ] = ()


class RuleRecord(DataModel):
    """What every rule has: a severity, a plain mechanism, advice and the facts it cites."""

    id: Annotated[str, Field(min_length=1)]
    severity: Annotated[str, AfterValidator(_severity)]
    mechanism: Annotated[Sentence, Field(min_length=1)]
    advice: Sentence = ""
    fact_ids: Annotated[tuple[str, ...], Field(min_length=1)]


class PairRuleRecord(RuleRecord):
    """kratom + one substance, matched by class (``classes`` unless ``unless``) or by name."""

    classes: Names = ()
    unless: Names = ()
    substances: Names = ()
    replace: bool = False


class GroupRuleRecord(RuleRecord):
    """kratom + a different substance for each slot (each slot: any of its classes)."""

    slots: Annotated[tuple[Names, ...], Field(min_length=2)]
    family: str = ""


class RulesRecord(DataModel):
    """The whole of rules.yaml."""

    fallback: PairRuleRecord
    substance_rules: Annotated[tuple[PairRuleRecord, ...], BeforeValidator(as_list)] = ()
    class_rules: Annotated[tuple[PairRuleRecord, ...], BeforeValidator(as_list)] = ()
    group_rules: Annotated[tuple[GroupRuleRecord, ...], BeforeValidator(as_list)] = ()
