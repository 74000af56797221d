"""Checking a list of substances against kratom: pairs (kratom + X) and groups (triads)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import ClassVar

from kratomwise.i18n import _, get_language
from kratomwise.interactions.resolve import Resolution, Resolver, Unresolved
from kratomwise.interactions.rules import GroupRule, PairRule, RuleSet
from kratomwise.interactions.safety import SafetyItem, safety_items
from kratomwise.interactions.severity import most_severe, rank
from kratomwise.interactions.table import KRATOM, Table
from kratomwise.shapes import Shaped

# Classes that mean an opioid is (or may be) involved: overdose signs and naloxone come first.
OPIOID_CLASSES = frozenset(
    {
        "full_opioid_agonist",
        "opioid_partial_agonist",
        "atypical_opioid",
        "seven_oh_product",
        "kratom_alkaloid",
        "peripheral_opioid",
    }
)
# Classes that slow breathing or dull alertness: with kratom, overdose signs and naloxone come
# first whatever the rated severity (INT-09, IXN-07, IXN-06).
DEPRESSANT_CLASSES = OPIOID_CLASSES | frozenset(
    {
        "benzodiazepine",
        "z_drug",
        "barbiturate",
        "gabapentinoid",
        "gaba_b_agonist",
        "alcohol",
        "cns_depressant",
        "sedating_antihistamine",
        "muscle_relaxant",
        "kava",
    }
)
# A name matched by spelling only is never rated below this until the person confirms it.
FUZZY_FLOOR = "unknown"


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that matched: why (mechanism), what to do (advice) and the facts behind it."""

    rule_id: str
    severity: str
    mechanism: str
    advice: str
    fact_ids: tuple[str, ...]


def _reason(rule: PairRule | GroupRule) -> Reason:
    return Reason(
        rule_id=rule.id,
        severity=rule.severity,
        mechanism=_(rule.mechanism),
        advice=_(rule.advice) if rule.advice else "",
        fact_ids=rule.fact_ids,
    )


def _join_facts(reasons: Iterable[Reason]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for r in reasons for f in r.fact_ids))


@dataclass(frozen=True, slots=True)
class Pair(Shaped):
    JSON: ClassVar[str] = "a b severity mechanism advice fact_ids"

    a: str
    b: str
    severity: str
    reasons: tuple[Reason, ...]

    @property
    def mechanism(self) -> str:
        return " ".join(dict.fromkeys(r.mechanism for r in self.reasons))

    @property
    def advice(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.advice for r in self.reasons if r.advice))

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return _join_facts(self.reasons)


@dataclass(frozen=True, slots=True)
class Group(Shaped):
    JSON: ClassVar[str] = "members severity mechanism advice fact_ids"

    members: tuple[str, ...]
    severity: str
    reason: Reason

    @property
    def mechanism(self) -> str:
        return self.reason.mechanism

    @property
    def advice(self) -> tuple[str, ...]:
        return (self.reason.advice,) if self.reason.advice else ()

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return self.reason.fact_ids


@dataclass(frozen=True, slots=True)
class Report(Shaped):
    JSON: ClassVar[str] = (
        "resolved unresolved=unmatched pairs groups highest_severity overdose_first safety notes"
    )

    resolved: tuple[Resolution, ...]
    unresolved: tuple[Resolution, ...]
    pairs: tuple[Pair, ...]
    groups: tuple[Group, ...]
    highest_severity: str
    opioid_involved: bool = False  # an opioid-acting substance besides kratom leaf
    has_naloxone: bool = False
    depressant_involved: bool = False  # a substance that slows breathing or dulls alertness
    notes: tuple[SafetyItem, ...] = ()  # what the result means when there is nothing to rate

    @property
    def unmatched(self) -> tuple[Unresolved, ...]:
        return tuple(r.unmatched for r in self.unresolved)

    @property
    def substances(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for r in self.resolved for n in r.names))

    @property
    def overdose_first(self) -> bool:
        """Overdose signs and naloxone information belong at the top of the answer: for every
        dangerous result and every combination of kratom with a depressant."""
        return self.highest_severity == "dangerous" or self.depressant_involved

    @property
    def safety(self) -> tuple[SafetyItem, ...]:
        """The overdose signs and naloxone points shown first (empty when not needed)."""
        return safety_items() if self.overdose_first else ()


def _unconfirmed(pair: Pair) -> Pair:
    """A pair whose substance was found by spelling only: never rated below ``FUZZY_FLOOR``."""
    if rank(pair.severity) <= rank(FUZZY_FLOOR):
        return pair
    reason = Reason(
        rule_id="spelling-unconfirmed",
        severity=FUZZY_FLOOR,
        mechanism=_(
            "This name was matched by its spelling only, so it is rated Unknown until you "
            "confirm it. Unknown does not mean safe: mixing substances made poisonings with "
            "kratom more serious."
        ),
        advice=_("Check the spelling, or choose the name you meant, to see its rating."),
        fact_ids=("INT-07",),
    )
    return Pair(a=pair.a, b=pair.b, severity=FUZZY_FLOOR, reasons=(reason, *pair.reasons))


def _kratom_only_note() -> SafetyItem:
    return SafetyItem(
        text=_(
            "Kratom is always included in this check, so there is nothing to combine it with "
            "yet: add the other medicines, drinks or drugs you take. On its own, how often you "
            "take kratom matters most for dependence and withdrawal."
        ),
        fact_ids=("DEP-08",),
    )


class Checker:
    def __init__(self, table: Table, rules: RuleSet) -> None:
        self.table = table
        self.rules = rules
        self.resolver = Resolver(table)
        self._pairs: dict[tuple[str, str], Pair] = {}  # (name, language): texts are translated

    # -- pairs ----------------------------------------------------------------------------------

    def pair_rules(self, name: str) -> list[PairRule]:
        """Every rule that applies to kratom + ``name`` (the fallback when none does)."""
        own = self.rules.for_substance(name)
        if any(r.replace for r in own):
            return [r for r in own if r.replace]
        sub = self.table.substances.get(name)
        classes = sub.classes if sub is not None else ()
        matched = own + [r for r in self.rules.class_rules if r.applies_to_classes(classes)]
        return matched or [self.rules.fallback]

    def pair(self, name: str) -> Pair:
        """Kratom + ``name`` (computed once per substance and language: the table and rules do
        not change)."""
        key = (name, get_language())
        cached = self._pairs.get(key)
        if cached is None:
            cached = self._pairs[key] = self._make_pair(name)
        return cached

    def _make_pair(self, name: str) -> Pair:
        reasons = sorted(
            (_reason(r) for r in self.pair_rules(name)), key=lambda r: rank(r.severity)
        )
        severity = most_severe(r.severity for r in reasons)
        return Pair(a=KRATOM, b=name, severity=severity, reasons=tuple(reasons))

    # -- groups ---------------------------------------------------------------------------------

    def _group(
        self, rule: GroupRule, names: Sequence[str], classes: dict[str, frozenset[str]]
    ) -> Group | None:
        fits = [[n for n in names if classes[n] & slot] for slot in rule.slots]
        if any(not f for f in fits):
            return None
        members: set[str] = set()
        for combo in product(*fits):
            if len(set(combo)) == len(combo):  # a different substance for every slot
                members.update(combo)
        if not members:
            return None
        ordered = tuple(n for n in names if n in members)
        return Group(members=(KRATOM, *ordered), severity=rule.severity, reason=_reason(rule))

    def groups(self, names: Sequence[str]) -> list[Group]:
        order = {rule.id: i for i, rule in enumerate(self.rules.group_rules)}
        family = {rule.id: rule.family for rule in self.rules.group_rules}
        classes = {n: frozenset(self.table.classes_of([n])) for n in names}
        found = [g for rule in self.rules.group_rules if (g := self._group(rule, names, classes))]
        found.sort(key=lambda g: (rank(g.severity), order[g.reason.rule_id]))
        kept: list[Group] = []
        for group in found:
            members = set(group.members)
            redundant = any(
                family[k.reason.rule_id] == family[group.reason.rule_id]
                and (
                    members == set(k.members)
                    or (rank(k.severity) < rank(group.severity) and members <= set(k.members))
                )
                for k in kept
            )
            if not redundant:
                kept.append(group)
        return kept

    # -- whole check ----------------------------------------------------------------------------

    def check(self, inputs: Sequence[str], *, use_library: bool = True) -> Report:
        cleaned = [s for s in (str(i).strip() for i in inputs) if s]
        if not cleaned:
            raise ValueError("give at least one substance name")
        resolutions = [self.resolver.resolve(text, use_library=use_library) for text in cleaned]
        resolved = tuple(r for r in resolutions if r.resolved)
        unresolved = tuple(r for r in resolutions if not r.resolved)
        names = [n for n in dict.fromkeys(n for r in resolved for n in r.names) if n != KRATOM]
        confirmed = {n for r in resolved if r.matched_by != "fuzzy" for n in r.names}
        pairs = sorted(
            (self.pair(n) if n in confirmed else _unconfirmed(self.pair(n)) for n in names),
            key=lambda p: (rank(p.severity), p.b),
        )
        groups = self.groups(names)
        levels = [p.severity for p in pairs] + [g.severity for g in groups]
        if unresolved or not levels:
            levels.append("unknown")
        all_classes = set(self.table.classes_of(names))
        kratom_only = bool(resolved) and not names and not unresolved
        return Report(
            resolved=resolved,
            unresolved=unresolved,
            pairs=tuple(pairs),
            groups=tuple(groups),
            highest_severity=most_severe(levels),
            opioid_involved=bool(all_classes & OPIOID_CLASSES),
            has_naloxone="naloxone" in names or "nalmefene" in names,
            depressant_involved=bool(all_classes & DEPRESSANT_CLASSES),
            notes=(_kratom_only_note(),) if kratom_only else (),
        )
