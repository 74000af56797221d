"""The closed list of triage codes (instruments.md §8.3) with their levels and sources.

Sources cite the publisher's own address. Labels are our own plain-language wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from kratomwise.i18n import _

# Ordered from lowest to highest: LEVELS.index(level) grows with urgency.
LEVELS: tuple[str, ...] = ("self_care", "see_clinician", "urgent", "emergency")

# Groups for the help page, by body system.
GROUPS: tuple[tuple[str, str], ...] = (
    ("breathing", _("Breathing and waking up")),
    ("head", _("Head, brain and nerves")),
    ("heart", _("Heart and chest")),
    ("mood", _("Mood, thoughts and cravings")),
    ("digestion", _("Stomach, liver and digestion")),
    ("withdrawal", _("Aches, sweats, sleep and other withdrawal signs")),
    ("context", _("What you took, and your situation")),
)

# Shared citations (publisher's own addresses).
WHO = "WHO fact sheet: Opioid overdose, https://www.who.int/news-room/fact-sheets/detail/opioid-overdose"
POISON_HELP = "HRSA Poison Help, https://www.poisonhelp.hrsa.gov/"
UNODC = (
    "UNODC opioid overdose guidance, "
    "https://syntheticdrugs.unodc.org/syntheticdrugs/en/treatment/opioidoverdose/index.html"
)
SAMHSA_TOOLKIT = (
    "SAMHSA Overdose Prevention and Response Toolkit (2025, PEP23-03-00-001), "
    "https://store.samhsa.gov"
)
ASAM_GUIDE = "ASAM Opioid Use Disorder Patient Guide (2025), https://www.asam.org"
CDC_2022 = (
    "CDC Clinical Practice Guideline for Prescribing Opioids for Pain 2022, "
    "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm"
)
SWAST = "South Western Ambulance Service NHS FT: when to call 999, https://www.swast.nhs.uk/when-to-call-999"
NIMH_ASQ = (
    "NIMH ASQ Brief Suicide Safety Assessment, https://www.nimh.nih.gov/research/"
    "research-conducted-at-nimh/asq-toolkit-materials"
)
LIFELINE_988 = "988 Suicide & Crisis Lifeline, https://988lifeline.org"
LIVERTOX = "NIH LiverTox: kratom, https://livertox.niddk.nih.gov/Home/ReferenceCases/kratom/6972"
NIDIRECT_JAUNDICE = "nidirect: jaundice, https://www.nidirect.gov.uk/conditions/jaundice"
NHS_FAINTING = "NHS: fainting, https://www.nhs.uk/conditions/fainting/"
FDA_2016 = (
    "FDA Drug Safety Communication, 31 Aug 2016 (opioids with benzodiazepines or other CNS "
    "depressants), https://www.fda.gov/drugs/drug-safety-and-availability/"
    "fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or"
)
ACOG_711 = (
    "ACOG Committee Opinion 711 (2017): Opioid use and opioid use disorder in pregnancy, "
    "https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2017/08/"
    "opioid-use-and-opioid-use-disorder-in-pregnancy"
)
HHS_2019 = (
    "HHS Guide for Clinicians on the Appropriate Dosage Reduction or Discontinuation of "
    "Long-Term Opioid Analgesics (2019), "
    "https://www.hhs.gov/opioids/sites/default/files/2019-10/Dosage_Reduction_Discontinuation.pdf"
)
WITHDRAWAL_SOURCES = (
    "COWS and SOWS items (Wesson & Ling 2003, https://doi.org/10.1080/02791072.2003.10400007; "
    "Handelsman 1987, https://doi.org/10.3109/00952998709001515); kratom withdrawal symptoms "
    "reported by regular users (DEP-02; Smith 2022, https://pmc.ncbi.nlm.nih.gov/articles/PMC9402806)"
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
    w: bool = False,
    d: bool = False,
    facts: tuple[str, ...] = (),
) -> CodeDef:
    return CodeDef(code, label, level, group, source, w, d, facts)


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
    ),
    _c(
        "slow_or_stopped_breathing",
        _("Breathing is very slow, shallow, uneven, or has stopped"),
        "emergency",
        "breathing",
        f"{WHO}; {UNODC}; {SAMHSA_TOOLKIT}",
        facts=("HRM-08",),
    ),
    _c(
        "blue_lips",
        _("Lips or fingertips look blue, purple, grey or ashen"),
        "emergency",
        "breathing",
        f"{SAMHSA_TOOLKIT}; {ASAM_GUIDE}",
    ),
    _c(
        "choking_or_gurgling_sounds",
        _("Snoring, gurgling or choking sounds while hard to wake"),
        "emergency",
        "breathing",
        f"{ASAM_GUIDE}; {SAMHSA_TOOLKIT}",
    ),
    _c(
        "pinpoint_pupils_with_drowsiness",
        _("Very small (pinpoint) pupils and very drowsy"),
        "emergency",
        "breathing",
        f"{WHO}; {ASAM_GUIDE}",
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
        facts=("HRM-08", "HRM-13", "HRM-14", "INT-06"),
    ),
    _c("chest_pain", _("Pain, pressure or tightness in the chest"), "emergency", "heart", SWAST),
    _c(
        "confusion",
        _("Suddenly confused, lost, or not making sense"),
        "emergency",
        "head",
        f"{SWAST}; {CDC_2022} (warning signs of overdose, p15)",
    ),
    _c(
        "suicidal_thoughts_with_plan",
        _("Thinking about ending your life and having a plan, or meaning to act now"),
        "emergency",
        "mood",
        f"{NIMH_ASQ}; {LIFELINE_988}",
    ),
    _c(
        "fever_with_stiff_neck",
        _("High temperature with a stiff neck (often headache, bright light hurts)"),
        "emergency",
        "head",
        "NHS: meningitis, https://www.nhs.uk/conditions/meningitis/; St John Ambulance, "
        "https://www.sja.org.uk/get-advice/first-aid-advice/meningitis",
    ),
    # urgent
    _c(
        "jaundice",
        _("Yellow skin, or yellow whites of the eyes"),
        "urgent",
        "digestion",
        f"{NIDIRECT_JAUNDICE}; NHS: jaundice, https://www.nhs.uk/conditions/jaundice/; {LIVERTOX}; "
        "kratom liver injury HRM-15 to HRM-19",
        facts=("HRM-15", "HRM-16", "HRM-17", "HRM-18", "HRM-19"),
    ),
    _c(
        "severe_vomiting_cant_keep_fluids",
        _("Being sick so much you can't keep drinks down"),
        "urgent",
        "digestion",
        "NHS: diarrhoea and vomiting, https://www.nhs.uk/conditions/diarrhoea-and-vomiting/; "
        "nidirect, https://www.nidirect.gov.uk/articles/diarrhoea-and-vomiting-gastroenteritis",
    ),
    _c(
        "hallucinations",
        _("Seeing, hearing or feeling things that aren't there"),
        "urgent",
        "head",
        f"kratom-only poison-centre exposures (HRM-08); {POISON_HELP}",
        facts=("HRM-08",),
    ),
    _c(
        "fainting",
        _("Fainted or passed out, and came round within a minute"),
        "urgent",
        "head",
        f"{NHS_FAINTING}; kratomwise raises this to same-day care because kratom is linked to a "
        "fast heart rate and QTc changes (HRM-06, HRM-20, HRM-21, HRM-22) [expert opinion]",
        facts=("HRM-06", "HRM-20", "HRM-21", "HRM-22"),
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
    ),
    _c(
        "excessive_drowsiness",
        _("Much sleepier than usual, nodding off, hard to stay awake (but can be woken)"),
        "urgent",
        "breathing",
        f"{CDC_2022} (sedation is a warning sign of overdose, p15); drowsiness in 13.6 % of "
        "kratom-alone exposures (HRM-07)",
        facts=("HRM-07",),
    ),
    _c(
        "slurred_speech",
        _("Slurred speech"),
        "urgent",
        "head",
        f"{CDC_2022} (slurred speech is a warning sign of overdose, p15)",
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
        facts=("HRM-06", "HRM-20", "HRM-21", "HRM-22"),
    ),
    _c(
        "dark_urine",
        _("Dark urine, the colour of tea or cola"),
        "see_clinician",
        "digestion",
        f"{LIVERTOX}; {NIDIRECT_JAUNDICE}",
    ),
    _c(
        "pale_stool",
        _("Pale or clay-coloured poo"),
        "see_clinician",
        "digestion",
        "kratom liver-injury case table, "
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC7643221/table/T2; "
        f"{NIDIRECT_JAUNDICE}",
    ),
    _c(
        "right_upper_abdominal_pain",
        _("Pain under the right ribs (upper right of the belly)"),
        "see_clinician",
        "digestion",
        f"{LIVERTOX}; the upper-right wording is a kratomwise choice [expert opinion]",
    ),
    _c(
        "pregnant",
        _("You are pregnant, or might be"),
        "see_clinician",
        "context",
        f"kratom-exposed newborns with withdrawal (HRM-23, HRM-24, HRM-25); {ACOG_711}; "
        f"{CDC_2022} (expertise before tapering in pregnancy, p21)",
        facts=("HRM-23", "HRM-24", "HRM-25"),
    ),
    _c(
        "used_with_opioids",
        _("Used kratom together with opioids (prescribed or not)"),
        "see_clinician",
        "context",
        f"{UNODC}; fentanyl in most kratom-involved deaths (HRM-03); multi-substance exposures "
        f"(INT-07); {CDC_2022} (offer naloxone, p20)",
        d=True,
        facts=("HRM-03", "INT-07"),
    ),
    _c(
        "used_with_benzodiazepines",
        _("Used kratom together with benzodiazepines (such as Xanax or Valium) or other sedatives"),
        "see_clinician",
        "context",
        FDA_2016,
        d=True,
    ),
    _c(
        "used_with_alcohol",
        _("Used kratom together with alcohol"),
        "see_clinician",
        "context",
        f"{UNODC}; {FDA_2016}",
        d=True,
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
    ),
    # self_care (set W except low_mood)
    _c(
        "diarrhea",
        _("Diarrhoea or loose poo"),
        "self_care",
        "digestion",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "nausea",
        _("Feeling sick"),
        "self_care",
        "digestion",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "stomach_cramps",
        _("Stomach cramps"),
        "self_care",
        "digestion",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "sweating",
        _("Sweating, or hot or cold flushes"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "runny_nose",
        _("Runny nose or watery eyes"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "yawning",
        _("Yawning a lot"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "goosebumps",
        _("Goosebumps or chills"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "muscle_aches",
        _("Aching muscles, bones or joints"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "insomnia",
        _("Can't sleep"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "anxiety",
        _("Feeling anxious or on edge"),
        "self_care",
        "mood",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "irritability",
        _("Irritable or short-tempered"),
        "self_care",
        "mood",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "restlessness",
        _("Restless, can't sit still"),
        "self_care",
        "withdrawal",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
    _c(
        "cravings",
        _("Cravings or a strong urge to use"),
        "self_care",
        "mood",
        WITHDRAWAL_SOURCES,
        w=True,
        facts=("DEP-02",),
    ),
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
