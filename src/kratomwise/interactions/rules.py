"""Interaction rules loaded from the packaged data/rules.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kratomwise.interactions.severity import is_severity
from kratomwise.yamldata import load_yaml


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


def _text(raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
    value = raw.get(key)
    if value is None or not str(value).strip():
        if required:
            raise RuleError(f"{where}: missing {key}")
        return ""
    return " ".join(str(value).split())


def _names(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: expected a list of names")
    return frozenset(value)


def _common(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, Mapping) or not raw.get("id"):
        raise RuleError(f"{where}: every rule needs an id")
    where = f"{where} {raw['id']}"
    severity = _text(raw, "severity", where)
    if not is_severity(severity):
        raise RuleError(f"{where}: unknown severity {severity!r}")
    fact_ids = raw.get("fact_ids")
    if not isinstance(fact_ids, list) or not fact_ids:
        raise RuleError(f"{where}: every rule cites at least one fact id")
    return {
        "id": str(raw["id"]),
        "severity": severity,
        "mechanism": _text(raw, "mechanism", where),
        "advice": _text(raw, "advice", where, required=False),
        "fact_ids": tuple(str(f) for f in fact_ids),
    }


def _pair(raw: Any, where: str) -> PairRule:
    common = _common(raw, where)
    return PairRule(
        **common,
        classes=_names(raw.get("classes"), where),
        unless=_names(raw.get("unless"), where),
        substances=_names(raw.get("substances"), where),
        replace=bool(raw.get("replace", False)),
    )


def _group(raw: Any) -> GroupRule:
    common = _common(raw, "group rule")
    slots = raw.get("slots")
    if not isinstance(slots, list) or len(slots) < 2:
        raise RuleError(f"group rule {common['id']}: needs two or more slots")
    return GroupRule(
        **common,
        slots=tuple(_names(s, common["id"]) for s in slots),
        family=str(raw.get("family") or common["id"]),
    )


def parse_rules(raw: Any, known_classes: Iterable[str]) -> RuleSet:
    if not isinstance(raw, Mapping):
        raise RuleError("rules: expected a mapping")
    known = set(known_classes)
    rules = RuleSet(
        fallback=_pair(raw.get("fallback"), "fallback"),
        substance_rules=tuple(_pair(r, "substance rule") for r in raw.get("substance_rules") or []),
        class_rules=tuple(_pair(r, "class rule") for r in raw.get("class_rules") or []),
        group_rules=tuple(_group(r) for r in raw.get("group_rules") or []),
    )
    for rule in rules.class_rules:
        if not rule.classes:
            raise RuleError(f"class rule {rule.id}: no classes")
        unknown = (rule.classes | rule.unless) - known
        if unknown:
            raise RuleError(f"class rule {rule.id}: unknown classes {sorted(unknown)}")
    for rule in rules.substance_rules:
        if not rule.substances:
            raise RuleError(f"substance rule {rule.id}: no substances")
    for group in rules.group_rules:
        strays = set[str]().union(*group.slots) - known
        if strays:
            raise RuleError(f"group rule {group.id}: unknown classes {sorted(strays)}")
    ids = [r.id for r in [rules.fallback, *rules.substance_rules, *rules.class_rules]]
    if len(ids) != len(set(ids)):
        raise RuleError("pair rule ids must be unique")
    return rules


@cache
def default_rules() -> RuleSet:
    from kratomwise.interactions.table import load_classes

    text = resources.files("kratomwise.interactions").joinpath("data/rules.yaml").read_text("utf-8")
    return parse_rules(load_yaml(text), load_classes())
