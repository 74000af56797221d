"""Red-flag triage (docs/instruments.md §8): a set of symptom/context codes in, a level out.

Every code fires its own rule ``TR-<code>`` at the code's level; the combination rules
``TR-C1``…``TR-C6`` fire when their condition holds; the result is the highest level fired.
No codes → ``self_care``. The advice and the order of the help lines fit the case
(:mod:`kratomwise.assess.triage_advice`): crisis lines first for suicidal thoughts, the ambulance
number first for a body emergency, the poison line first for a child who swallowed kratom.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

from kratomwise.assess.triage_advice import Advice, build_advice, order_resources
from kratomwise.assess.triage_rules import (
    CODE_TABLE,
    COMBO_RULES,
    CRISIS_CODES,
    DEPRESSANT_MIN,
    GROUPS,
    LEVELS,
    LIVER_CLUSTER_MIN,
    LIVER_CODES,
    NALOXONE_CODES,
    SEDATION_CODES,
    WITHDRAWAL_CLUSTER_MIN,
    CodeDef,
    ComboRule,
    FiredRule,
)
from kratomwise.i18n import N_, Translated, _
from kratomwise.knowledge import resources as _res
from kratomwise.shapes import Shaped

CODE_DEFS: Mapping[str, CodeDef] = MappingProxyType({c.code: c for c in CODE_TABLE})
# code -> plain-language label, in reference-table order.
CODES: Mapping[str, str] = Translated({c.code: c.source_label for c in CODE_TABLE})
WITHDRAWAL_CODES = frozenset(c.code for c in CODE_TABLE if c.withdrawal)
DEPRESSANT_CODES = frozenset(c.code for c in CODE_TABLE if c.depressant_context)
COMBOS: Mapping[str, ComboRule] = MappingProxyType({r.id: r for r in COMBO_RULES})

LEVEL_LABELS: Mapping[str, str] = Translated(
    {
        "emergency": N_("Emergency: call for help now"),
        "urgent": N_("Urgent: get medical care today"),
        "see_clinician": N_("See a clinician in the next few days"),
        "self_care": N_("Look after yourself at home and keep watch"),
    }
)


class UnknownCode(ValueError):
    """A triage code is not in the closed list; nothing is triaged."""

    def __init__(self, unknown: Iterable[str]) -> None:
        self.unknown = tuple(unknown)
        super().__init__(
            f"unknown triage code(s): {', '.join(self.unknown)}; valid codes: {', '.join(CODES)}"
        )


@dataclass(frozen=True, slots=True)
class TriageResult(Shaped):
    """``as_dict()`` is exactly the ``kratomwise triage --format json`` object."""

    JSON: ClassVar[str] = "level fired_rules naloxone_advised crisis_resources advice resources"

    level: str
    fired_rules: tuple[FiredRule, ...]
    naloxone_advised: bool
    crisis_resources: bool
    advice_items: tuple[Advice, ...]  # what to do now, each line with its fact ids
    resources: tuple[_res.Resource, ...]
    codes: tuple[str, ...]  # the input set, in reference-table order
    country: str | None  # ISO alpha-2, None = international

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def advice(self) -> tuple[str, ...]:
        return tuple(a.text for a in self.advice_items)

    @property
    def rank(self) -> int:
        return LEVELS.index(self.level)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.fired_rules)

    def fired(self, rule_id: str) -> bool:
        return rule_id in self.rule_ids

    @property
    def emergency_resources(self) -> tuple[_res.Resource, ...]:
        return tuple(r for r in self.resources if r.kind in _res.EMERGENCY_KINDS)

    @property
    def other_resources(self) -> tuple[_res.Resource, ...]:
        return tuple(r for r in self.resources if r.kind not in _res.EMERGENCY_KINDS)


def highest(levels: Iterable[str]) -> str:
    """The most urgent of ``levels`` (``self_care`` for none)."""
    return max(levels, key=LEVELS.index, default="self_care")


def withdrawal_cluster(codes: Iterable[str]) -> bool:
    """True when TR-C6 fires: four or more distinct withdrawal codes."""
    return len(set(codes) & WITHDRAWAL_CODES) >= WITHDRAWAL_CLUSTER_MIN


def _combo(rule_id: str, codes: Iterable[str]) -> FiredRule:
    rule = COMBOS[rule_id]
    return FiredRule(rule.id, rule.level, tuple(codes), _(rule.title), rule.fact_ids)


def _combination_rules(present: list[str]) -> list[FiredRule]:
    have = set(present)
    fired: list[FiredRule] = []

    def ordered(subset: set[str]) -> list[str]:
        return [c for c in present if c in subset]

    sedation, depressants = have & SEDATION_CODES, have & DEPRESSANT_CODES
    withdrawal = have & WITHDRAWAL_CODES
    if sedation and depressants:
        fired.append(_combo("TR-C1", ordered(sedation | depressants)))
    if {"fainting", "racing_or_irregular_heartbeat"} <= have:
        fired.append(_combo("TR-C2", ordered({"fainting", "racing_or_irregular_heartbeat"})))
    if len(have & LIVER_CODES) >= LIVER_CLUSTER_MIN:
        fired.append(_combo("TR-C3", ordered(have & LIVER_CODES)))
    if "pregnant" in have and withdrawal:
        fired.append(_combo("TR-C4", ordered({"pregnant"} | withdrawal)))
    if len(depressants) >= DEPRESSANT_MIN:
        fired.append(_combo("TR-C5", ordered(depressants)))
    if len(withdrawal) >= WITHDRAWAL_CLUSTER_MIN:
        fired.append(_combo("TR-C6", ordered(withdrawal)))
    return fired


def triage(codes: Iterable[str], country: str | None = None) -> TriageResult:
    """Triage a set of codes (duplicates ignored) for a country (ISO alpha-2; None = international).

    Raises :class:`UnknownCode` for a code outside :data:`CODES` and
    :class:`kratomwise.knowledge.resources.ResourceError` (a ValueError) for an invalid country.
    """
    given = [c.strip() for c in codes]
    unknown = [c for c in dict.fromkeys(given) if c not in CODE_DEFS]
    if unknown:
        raise UnknownCode(unknown)
    code = _res.normalize_country(country)
    have = set(given)
    present = [c.code for c in CODE_TABLE if c.code in have]
    fired = [
        FiredRule(f"TR-{c}", CODE_DEFS[c].level, (c,), CODE_DEFS[c].label, CODE_DEFS[c].fact_ids)
        for c in present
    ]
    fired += _combination_rules(present)
    level = highest(r.level for r in fired)
    naloxone = bool(have & NALOXONE_CODES) or any(r.id == "TR-C1" for r in fired)
    return TriageResult(
        level=level,
        fired_rules=tuple(fired),
        naloxone_advised=naloxone,
        crisis_resources=bool(have & CRISIS_CODES),
        advice_items=build_advice(level, fired, naloxone, code),
        resources=order_resources(fired, naloxone, code),
        codes=tuple(present),
        country=code,
    )


def codes_doc() -> dict[str, Any]:
    """Exactly the ``kratomwise triage --list-codes --format json`` object."""
    return {
        "codes": [
            {"code": c.code, "label": c.label, "fact_ids": list(c.fact_ids)} for c in CODE_TABLE
        ]
    }


def codes_by_group() -> list[tuple[str, str, list[CodeDef]]]:
    """(group id, group label, code definitions) for the help page, in page order."""
    return [(g.id, g.label, [c for c in CODE_TABLE if c.group == g.id]) for g in GROUPS]


__all__ = [
    "CODES",
    "CODE_DEFS",
    "COMBOS",
    "DEPRESSANT_CODES",
    "LEVELS",
    "LEVEL_LABELS",
    "WITHDRAWAL_CLUSTER_MIN",
    "WITHDRAWAL_CODES",
    "Advice",
    "CodeDef",
    "FiredRule",
    "TriageResult",
    "UnknownCode",
    "codes_by_group",
    "codes_doc",
    "highest",
    "triage",
    "withdrawal_cluster",
]
