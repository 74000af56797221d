"""Triage combination rules (docs/instruments.md §8.4) and the code groups they look at."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kratomwise.assess.triage_codes import CODE_TABLE, GROUPS, LEVELS, CodeDef
from kratomwise.i18n import N_
from kratomwise.knowledge import get_fact
from kratomwise.shapes import Shaped

__all__ = [
    "CODE_TABLE",
    "COMBO_RULES",
    "GROUPS",
    "LEVELS",
    "CodeDef",
    "ComboRule",
    "FiredRule",
]


SEDATION_CODES = frozenset({"excessive_drowsiness", "slurred_speech", "confusion"})
LIVER_CODES = frozenset({"dark_urine", "pale_stool", "right_upper_abdominal_pain"})
NALOXONE_CODES = frozenset(
    {
        "unresponsive",
        "slow_or_stopped_breathing",
        "blue_lips",
        "choking_or_gurgling_sounds",
        "pinpoint_pupils_with_drowsiness",
    }
)
CRISIS_PLAN_CODE = "suicidal_thoughts_with_plan"
CRISIS_CODES = frozenset({"suicidal_thoughts", CRISIS_PLAN_CODE})
CHILD_SWALLOWED_CODE = "child_swallowed_kratom"
# Signs that someone may be overdosing: the bystander steps (recovery position) apply.
OVERDOSE_SIGN_CODES = NALOXONE_CODES | SEDATION_CODES
# Something was taken that poison control can advise on (shown with urgent care).
POISON_ADVICE_CODES = SEDATION_CODES | frozenset(
    {
        "hallucinations",
        "used_with_opioids",
        "used_with_benzodiazepines",
        "used_with_alcohol",
        "took_7oh_product",
        CHILD_SWALLOWED_CODE,
    }
)
WITHDRAWAL_CLUSTER_MIN = 4  # TR-C6, kratomwise rule [expert opinion]
LIVER_CLUSTER_MIN = 2  # TR-C3
DEPRESSANT_MIN = 2  # TR-C5


def cite(fact_ids: tuple[str, ...]) -> str:
    """The sources of ``fact_ids`` as one line: ``citation, url; …`` (a seller's page unlinked).

    A page cited by several facts is listed once, with the first fact's citation.
    """
    parts: dict[str, str] = {}
    for source in (s.as_dict() for f in fact_ids for s in get_fact(f).sources):
        shown = f"{source['citation']}, {source['url']}" if source["url"] else source["citation"]
        parts.setdefault(source["url"] or source["citation"], shown)
    return "; ".join(parts.values())


@dataclass(frozen=True, slots=True)
class FiredRule(Shaped):
    JSON: ClassVar[str] = "id level codes source"

    id: str
    level: str
    codes: tuple[str, ...]
    title: str  # English msgid: translated when the rule fires
    fact_ids: tuple[str, ...]

    @property
    def source(self) -> str:
        """Built from the cited facts: one citation system for every rule."""
        return cite(self.fact_ids)


@dataclass(frozen=True, slots=True)
class ComboRule:
    id: str
    level: str
    title: str
    fact_ids: tuple[str, ...]


COMBO_RULES: tuple[ComboRule, ...] = (
    ComboRule(
        "TR-C1",
        "emergency",
        N_("Drowsiness, slurred speech or confusion after mixing depressants or lower tolerance"),
        ("IXN-05", "IXN-06", "INT-09", "PHA-06"),
    ),
    ComboRule(
        "TR-C2",
        "emergency",
        N_("Fainting together with a racing or uneven heartbeat"),
        ("TRI-13",),
    ),
    ComboRule(
        "TR-C3",
        "urgent",
        N_("Two or more signs that the liver may be affected"),
        ("TRI-14", "TRI-11"),
    ),
    ComboRule(
        "TR-C4",
        "urgent",
        N_("Withdrawal symptoms during pregnancy"),
        ("TRI-15", "TAP-07"),
    ),
    ComboRule(
        "TR-C5",
        "urgent",
        N_("Two or more depressants, or a depressant with lower tolerance"),
        ("INT-09", "IXN-07", "INT-07"),
    ),
    ComboRule(
        "TR-C6",
        "see_clinician",
        N_("Four or more withdrawal symptoms at once"),
        ("TAP-09",),
    ),
)
