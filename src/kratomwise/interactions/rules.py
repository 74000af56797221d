"""Interaction rules loaded from the packaged data/rules.yaml."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from kratomwise.yamldata import load_yaml

if TYPE_CHECKING:
    from kratomwise.interactions.records import GroupRuleRecord, PairRuleRecord, RuleRecord

FILE_NAME = "rules.yaml"


class RuleError(ValueError):
    """The packaged rule file is malformed."""


@dataclass(frozen=True, slots=True)
class PairRule:
    id: str
    severity: str
    mechanism: str
    advice: str
    fact_ids: tuple[str, ...]
    classes: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    substances: frozenset[str] = frozenset()
    replace: bool = False

    def applies_to_classes(self, classes: Iterable[str]) -> bool:
        have = set(classes)
        return bool(self.classes & have) and not (self.unless & have)


@dataclass(frozen=True, slots=True)
class GroupRule:
    id: str
    severity: str
    mechanism: str
    advice: str
    fact_ids: tuple[str, ...]
    slots: tuple[frozenset[str], ...]
    family: str = ""


@dataclass(frozen=True, slots=True)
class RuleSet:
    fallback: PairRule
    substance_rules: tuple[PairRule, ...]
    class_rules: tuple[PairRule, ...]
    group_rules: tuple[GroupRule, ...]

    def all_rules(self) -> list[PairRule | GroupRule]:
        return [self.fallback, *self.substance_rules, *self.class_rules, *self.group_rules]

    def for_substance(self, name: str) -> list[PairRule]:
        return [r for r in self.substance_rules if name in r.substances]


def _common(rule: RuleRecord) -> dict[str, Any]:
    """What every rule has (``RuleRecord``'s fields)."""
    from kratomwise.interactions.records import RuleRecord

    return {name: getattr(rule, name) for name in RuleRecord.model_fields}


def _pair(rule: PairRuleRecord) -> PairRule:
    return PairRule(
        **_common(rule),
        classes=frozenset(rule.classes),
        unless=frozenset(rule.unless),
        substances=frozenset(rule.substances),
        replace=rule.replace,
    )


def _group(rule: GroupRuleRecord) -> GroupRule:
    return GroupRule(
        **_common(rule),
        slots=tuple(frozenset(slot) for slot in rule.slots),
        family=rule.family or rule.id,
    )


def parse_rules(raw: Any, known_classes: Iterable[str], source: str = FILE_NAME) -> RuleSet:
    """Rules from parsed YAML; RuleError names ``source``, the rule and the field at fault."""
    from kratomwise.datamodel import ValidationError, error_message
    from kratomwise.interactions.records import RulesRecord

    try:
        record = RulesRecord.model_validate(raw)
    except ValidationError as exc:
        raise RuleError(error_message(exc, source, raw)) from None
    known = set(known_classes)
    rules = RuleSet(
        fallback=_pair(record.fallback),
        substance_rules=tuple(_pair(r) for r in record.substance_rules),
        class_rules=tuple(_pair(r) for r in record.class_rules),
        group_rules=tuple(_group(r) for r in record.group_rules),
    )
    for rule in rules.class_rules:
        if not rule.classes:
            raise RuleError(f"{source}: class rule {rule.id}: no classes")
        unknown = (rule.classes | rule.unless) - known
        if unknown:
            raise RuleError(f"{source}: class rule {rule.id}: unknown classes {sorted(unknown)}")
    for rule in rules.substance_rules:
        if not rule.substances:
            raise RuleError(f"{source}: substance rule {rule.id}: no substances")
    for group in rules.group_rules:
        strays = set[str]().union(*group.slots) - known
        if strays:
            raise RuleError(f"{source}: group rule {group.id}: unknown classes {sorted(strays)}")
    ids = [r.id for r in [rules.fallback, *rules.substance_rules, *rules.class_rules]]
    if len(ids) != len(set(ids)):
        raise RuleError(f"{source}: pair rule ids must be unique")
    return rules


@cache
def default_rules() -> RuleSet:
    from kratomwise.interactions.table import load_classes

    path = resources.files("kratomwise.interactions").joinpath(f"data/{FILE_NAME}")
    text = path.read_text("utf-8")
    return parse_rules(load_yaml(text), load_classes())
