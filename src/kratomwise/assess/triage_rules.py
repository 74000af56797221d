"""Triage combination rules (instruments.md §8.4) and the code groups they look at."""

from __future__ import annotations

from dataclasses import dataclass

from kratomwise.assess.triage_codes import (
    ACOG_711,
    CDC_2022,
    CODE_TABLE,
    FDA_2016,
    GROUPS,
    HHS_2019,
    LEVELS,
    LIVERTOX,
    NHS_FAINTING,
    NIDIRECT_JAUNDICE,
    UNODC,
    WHO,
    CodeDef,
)
from kratomwise.i18n import _

__all__ = ["CODE_TABLE", "COMBO_RULES", "GROUPS", "LEVELS", "CodeDef", "ComboRule"]


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
CRISIS_CODES = frozenset({"suicidal_thoughts", "suicidal_thoughts_with_plan"})
WITHDRAWAL_CLUSTER_MIN = 4  # TR-C6, kratomwise rule [expert opinion]
LIVER_CLUSTER_MIN = 2  # TR-C3
DEPRESSANT_MIN = 2  # TR-C5


@dataclass(frozen=True, slots=True)
class ComboRule:
    id: str
    level: str
    title: str
    source: str


COMBO_RULES: tuple[ComboRule, ...] = (
    ComboRule(
        "TR-C1",
        "emergency",
        _("Drowsiness, slurred speech or confusion after mixing depressants or lower tolerance"),
        f"{CDC_2022} (warning signs of overdose, p15); {WHO}; {FDA_2016}; 7-OH breathing "
        "depression in mice (PHA-06)",
    ),
    ComboRule(
        "TR-C2",
        "emergency",
        _("Fainting together with a racing or uneven heartbeat"),
        f"{NHS_FAINTING}; NHS 111 Wales: fainting, "
        "https://111.wales.nhs.uk/encyclopaedia/f/article/fainting",
    ),
    ComboRule(
        "TR-C3",
        "urgent",
        _("Two or more signs that the liver may be affected"),
        f"{LIVERTOX}; {NIDIRECT_JAUNDICE}",
    ),
    ComboRule(
        "TR-C4",
        "urgent",
        _("Withdrawal symptoms during pregnancy"),
        "ACOG Committee Opinion 524 (2012, replaced by CO 711); "
        f"{ACOG_711}; {CDC_2022} (pregnancy, p21)",
    ),
    ComboRule(
        "TR-C5",
        "urgent",
        _("Two or more depressants, or a depressant with lower tolerance"),
        f"{FDA_2016}; {UNODC}; {WHO}; multi-substance kratom exposures (INT-07)",
    ),
    ComboRule(
        "TR-C6",
        "see_clinician",
        _("Four or more withdrawal symptoms at once"),
        f"{HHS_2019}; {CDC_2022}; the threshold of 4 is a kratomwise rule [expert opinion]",
    ),
)
