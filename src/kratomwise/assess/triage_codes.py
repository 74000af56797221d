"""The closed list of triage codes (instruments.md §8.3) with their levels and sources.

Sources cite the publisher's own address. Labels are our own plain-language wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from kratomwise.assess.triage_sources import (
    ACOG_711,
    ASAM_GUIDE,
    CDC_2022,
    FDA_2016,
    LIFELINE_988,
    LIVERTOX,
    NHS_FAINTING,
    NIDIRECT_JAUNDICE,
    NIMH_ASQ,
    POISON_HELP,
    SAMHSA_TOOLKIT,
    SWAST,
    UNODC,
    WHO,
    WITHDRAWAL_SOURCES,
)
from kratomwise.i18n import _

# Ordered from lowest to highest: LEVELS.index(level) grows with urgency.
LEVELS: tuple[str, ...] = ("self_care", "see_clinician", "urgent", "emergency")

# Groups for the help page, in page order: the most urgent kinds of sign first.
GROUPS: tuple[tuple[str, str], ...] = (
    ("breathing", _("Breathing and waking up")),
    ("mood", _("Mood, thoughts and cravings")),
    ("head", _("Head, brain and nerves")),
    ("heart", _("Heart and chest")),
    ("child", _("A baby or a child")),
    ("digestion", _("Stomach, liver and digestion")),
    ("withdrawal", _("Aches, sweats, sleep and other withdrawal signs")),
    ("context", _("What you took, and your situation")),
)


@dataclass(frozen=True, slots=True)
class CodeDef:
    code: str
    label: str
    level: str
    group: str
    source: str
    withdrawal: bool = False  # set W (TR-C4, TR-C6)
    depressant_context: bool = False  # set D (TR-C1, TR-C5)
    fact_ids: tuple[str, ...] = ()


def _c(
    code: str,
    label: str,
    level: str,
    group: str,
    source: str,
    *,
    facts: tuple[str, ...],
    w: bool = False,
    d: bool = False,
) -> CodeDef:
    return CodeDef(code, label, level, group, source, w, d, facts)


def _w(code: str, label: str, group: str) -> CodeDef:
    """A self-care withdrawal symptom (set W), cited to the withdrawal sources."""
    return _c(code, label, "self_care", group, WITHDRAWAL_SOURCES, facts=("DEP-02",), w=True)


# In the order of the reference table (emergency, urgent, see_clinician, self_care);
# fired rules are listed in this order.
CODE_TABLE: tuple[CodeDef, ...] = (
    # emergency
    _c(
        "unresponsive",
        _("Can't be woken, or doesn't react to their name or a firm rub on the chest"),
        "emergency",
        "breathing",
        f"{WHO}; {POISON_HELP}",
        facts=("IXN-06", "TRI-03"),
    ),
    _c(
        "slow_or_stopped_breathing",
        _("Breathing is very slow, shallow, uneven, or has stopped"),
        "emergency",
        "breathing",
        f"{WHO}; {UNODC}; {SAMHSA_TOOLKIT}",
        facts=("IXN-06", "TRI-01", "HRM-08"),
    ),
    _c(
        "blue_lips",
        _("Lips or fingertips look blue, purple, grey or ashen"),
        "emergency",
        "breathing",
        f"{SAMHSA_TOOLKIT}; {ASAM_GUIDE}",
        facts=("TRI-01", "TRI-02"),
    ),
    _c(
        "choking_or_gurgling_sounds",
        _("Snoring, gurgling or choking sounds while hard to wake"),
        "emergency",
        "breathing",
        f"{ASAM_GUIDE}; {SAMHSA_TOOLKIT}",
        facts=("TRI-01", "TRI-02"),
    ),
    _c(
        "pinpoint_pupils_with_drowsiness",
        _("Very small (pinpoint) pupils and very drowsy"),
        "emergency",
        "breathing",
        f"{WHO}; {ASAM_GUIDE}",
        facts=("IXN-06", "TRI-02"),
    ),
    _c(
        "seizure",
        _("A seizure or fit (jerking, going stiff, losing awareness)"),
        "emergency",
        "head",
        "Epilepsy Society: when to dial 999, https://www.epilepsysociety.org.uk/when-dial-999; "
        "Wyoming Department of Health poison center, "
        "https://health.wyo.gov/publichealth/prevention/wivpp/poison-center; seizures in 6.1 % of "
        "kratom-only poison-centre exposures (HRM-08); case reports HRM-13, HRM-14, INT-06",
        facts=("TRI-04", "TRI-03", "HRM-08", "HRM-13", "HRM-14", "INT-06"),
    ),
    _c(
        "chest_pain",
        _("Pain, pressure or tightness in the chest"),
        "emergency",
        "heart",
        SWAST,
        facts=("TRI-05",),
    ),
    _c(
        "confusion",
        _("Suddenly confused, lost, or not making sense"),
        "emergency",
        "head",
        f"{SWAST}; {CDC_2022} (warning signs of overdose, p15)",
        facts=("TRI-05", "IXN-05", "HRM-07"),
    ),
    _c(
        "suicidal_thoughts_with_plan",
        _("Thinking about ending your life and having a plan, or meaning to act now"),
        "emergency",
        "mood",
        f"{NIMH_ASQ}; {LIFELINE_988}",
        facts=("TRI-07", "TRI-09"),
    ),
    _c(
        "fever_with_stiff_neck",
        _("High temperature with a stiff neck (often headache, bright light hurts)"),
        "emergency",
        "head",
        "NHS: meningitis, https://www.nhs.uk/conditions/meningitis/; St John Ambulance, "
        "https://www.sja.org.uk/get-advice/first-aid-advice/meningitis",
        facts=("TRI-06",),
    ),
    _c(
        "child_swallowed_kratom",
        _("A child swallowed kratom or a 7-OH product (powder, capsule, tablet, gummy or shot)"),
        "emergency",
        "child",
        f"{POISON_HELP}; 7-OH depresses breathing in mice (PHA-06); potency claims from "
        "preclinical data (7OH-03); drowsiness in kratom-only exposures (HRM-07); calling the "
        "poison line first is a kratomwise rule [expert opinion]",
        facts=("TRI-03", "PHA-06", "7OH-03", "HRM-07"),
    ),
    # urgent
    _c(
        "jaundice",
        _("Yellow skin, or yellow whites of the eyes"),
        "urgent",
        "digestion",
        f"{NIDIRECT_JAUNDICE}; NHS: jaundice, https://www.nhs.uk/conditions/jaundice/; {LIVERTOX}; "
        "kratom liver injury HRM-15 to HRM-19",
        facts=("TRI-11", "TRI-14", "HRM-15", "HRM-16", "HRM-17", "HRM-18", "HRM-19"),
    ),
    _c(
        "severe_vomiting_cant_keep_fluids",
        _("Being sick so much you can't keep drinks down"),
        "urgent",
        "digestion",
        "NHS: diarrhoea and vomiting, https://www.nhs.uk/conditions/diarrhoea-and-vomiting/; "
        "nidirect, https://www.nidirect.gov.uk/articles/diarrhoea-and-vomiting-gastroenteritis",
        facts=("TRI-12", "HRM-07"),
    ),
    _c(
        "hallucinations",
        _("Seeing, hearing or feeling things that aren't there"),
        "urgent",
        "head",
        f"kratom-only poison-centre exposures (HRM-08); {POISON_HELP}",
        facts=("HRM-08", "TRI-03"),
    ),
    _c(
        "fainting",
        _("Fainted or passed out, and came round within a minute"),
        "urgent",
        "head",
        f"{NHS_FAINTING}; kratomwise raises this to same-day care because kratom is linked to a "
        "fast heart rate and QTc changes (HRM-06, HRM-20, HRM-21, HRM-22) [expert opinion]",
        facts=("TRI-13", "HRM-06", "HRM-20", "HRM-21", "HRM-22"),
    ),
    _c(
        "suicidal_thoughts",
        _(
            "Thoughts that you'd be better off dead or of hurting yourself, "
            "without a plan to act now"
        ),
        "urgent",
        "mood",
        "NIMH ASQ suicide risk screening pathway, https://www.nimh.nih.gov/research/"
        f"research-conducted-at-nimh/asq-toolkit-materials; {LIFELINE_988}; PHQ-9 item 9 risk "
        "gradient (Simon et al. 2013, https://psychiatryonline.org/doi/10.1176/appi.ps.201200587)",
        facts=("TRI-08", "TRI-09", "TRI-10"),
    ),
    _c(
        "excessive_drowsiness",
        _("Much sleepier than usual, nodding off, hard to stay awake (but can be woken)"),
        "urgent",
        "breathing",
        f"{CDC_2022} (sedation is a warning sign of overdose, p15); drowsiness in 13.6 % of "
        "kratom-alone exposures (HRM-07)",
        facts=("IXN-05", "HRM-07"),
    ),
    _c(
        "slurred_speech",
        _("Slurred speech"),
        "urgent",
        "head",
        f"{CDC_2022} (slurred speech is a warning sign of overdose, p15)",
        facts=("IXN-05",),
    ),
    _c(
        "newborn_withdrawal_signs",
        _(
            "A newborn baby whose mother used kratom or opioids every day in pregnancy seems "
            "unwell or in withdrawal (very irritable, shaking, feeding poorly)"
        ),
        "urgent",
        "child",
        "kratom-exposed newborns with neonatal abstinence syndrome (HRM-23, "
        "https://pubmed.ncbi.nlm.nih.gov/30404789/; HRM-24, "
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6376302; HRM-25); same-day care is a "
        "kratomwise rule [expert opinion]",
        facts=("HRM-23", "HRM-24", "HRM-25"),
    ),
    # see_clinician
    _c(
        "racing_or_irregular_heartbeat",
        _("Heart racing, pounding, fluttering or uneven"),
        "see_clinician",
        "heart",
        f"{NHS_FAINTING}; NHS: heart palpitations, "
        "https://www.nhs.uk/conditions/heart-palpitations/; "
        "kratom: fast heart rate and QTc findings (HRM-06, HRM-20, HRM-21, HRM-22)",
        facts=("TRI-13", "HRM-06", "HRM-20", "HRM-21", "HRM-22"),
    ),
    _c(
        "dark_urine",
        _("Dark urine, the colour of tea or cola"),
        "see_clinician",
        "digestion",
        f"{LIVERTOX}; {NIDIRECT_JAUNDICE}",
        facts=("TRI-14", "TRI-11"),
    ),
    _c(
        "pale_stool",
        _("Pale or clay-coloured poo"),
        "see_clinician",
        "digestion",
        "kratom liver-injury case table, "
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7643221/table/T2; "
        f"{NIDIRECT_JAUNDICE}",
        facts=("TRI-14", "TRI-11"),
    ),
    _c(
        "right_upper_abdominal_pain",
        _("Pain under the right ribs (upper right of the belly)"),
        "see_clinician",
        "digestion",
        f"{LIVERTOX}; the upper-right wording is a kratomwise choice [expert opinion]",
        facts=("TRI-14",),
    ),
    _c(
        "pregnant",
        _("You are pregnant, or might be"),
        "see_clinician",
        "context",
        f"kratom-exposed newborns with withdrawal (HRM-23, HRM-24, HRM-25); {ACOG_711}; "
        f"{CDC_2022} (expertise before tapering in pregnancy, p21)",
        facts=("HRM-23", "HRM-24", "HRM-25", "TAP-07", "TRI-15"),
    ),
    _c(
        "used_with_opioids",
        _("Used kratom together with opioids (prescribed or not)"),
        "see_clinician",
        "context",
        f"{UNODC}; fentanyl in most kratom-involved deaths (HRM-03); multi-substance exposures "
        f"(INT-07); {CDC_2022} (offer naloxone, p20)",
        d=True,
        facts=("IXN-07", "HRM-03", "INT-07", "IXN-05"),
    ),
    _c(
        "used_with_benzodiazepines",
        _("Used kratom together with benzodiazepines (such as Xanax or Valium) or other sedatives"),
        "see_clinician",
        "context",
        FDA_2016,
        d=True,
        facts=("INT-09",),
    ),
    _c(
        "used_with_alcohol",
        _("Used kratom together with alcohol"),
        "see_clinician",
        "context",
        f"{UNODC}; {FDA_2016}",
        d=True,
        facts=("INT-09", "IXN-07"),
    ),
    _c(
        "took_7oh_product",
        _("Took a concentrated 7-OH (7-hydroxymitragynine) product: tablet, gummy or shot"),
        "see_clinician",
        "context",
        "FDA warning letters on 7-OH products (7OH-01); HHS/FDA recommendation to schedule 7-OH "
        "(7OH-02), https://www.fda.gov/news-events/press-announcements/"
        "fda-takes-steps-restrict-7-oh-opioid-products-threatening-american-consumers; potency "
        "claims from preclinical data (7OH-03); 7-OH depresses breathing in mice (PHA-06)",
        d=True,
        facts=("7OH-01", "7OH-02", "7OH-03", "PHA-06"),
    ),
    _c(
        "recent_abstinence",
        _("Going back to kratom or opioids after days or weeks off (your tolerance may be lower)"),
        "see_clinician",
        "context",
        f"{WHO}; {SAMHSA_TOOLKIT}",
        d=True,
        facts=("IXN-06", "TRI-01"),
    ),
    _c(
        "breastfeeding",
        _("You are breastfeeding and use kratom"),
        "see_clinician",
        "child",
        "kratom-exposed newborns with withdrawal (HRM-23, HRM-24, "
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC6376302; HRM-25); Thailand's draft "
        "Kratom Act barred sales to breastfeeding women (INTL-04); no source on kratom in breast "
        "milk was found, so kratomwise asks for a clinician [expert opinion]",
        facts=("HRM-23", "HRM-24", "HRM-25", "INTL-04"),
    ),
    # self_care (set W except low_mood)
    _w("diarrhea", _("Diarrhoea or loose poo"), "digestion"),
    _w("nausea", _("Feeling sick"), "digestion"),
    _w("stomach_cramps", _("Stomach cramps"), "digestion"),
    _w("sweating", _("Sweating, or hot or cold flushes"), "withdrawal"),
    _w("runny_nose", _("Runny nose or watery eyes"), "withdrawal"),
    _w("yawning", _("Yawning a lot"), "withdrawal"),
    _w("goosebumps", _("Goosebumps or chills"), "withdrawal"),
    _w("muscle_aches", _("Aching muscles, bones or joints"), "withdrawal"),
    _w("insomnia", _("Can't sleep"), "withdrawal"),
    _w("anxiety", _("Feeling anxious or on edge"), "mood"),
    _w("irritability", _("Irritable or short-tempered"), "mood"),
    _w("restlessness", _("Restless, can't sit still"), "withdrawal"),
    _w("cravings", _("Cravings or a strong urge to use"), "mood"),
    _c(
        "low_mood",
        _("Low mood or sadness (the PHQ-9 check-in can help)"),
        "self_care",
        "mood",
        f"{WITHDRAWAL_SOURCES}; PHQ-9 (Kroenke 2001, "
        "https://doi.org/10.1046/j.1525-1497.2001.016009606.x)",
        facts=("DEP-02",),
    ),
)
