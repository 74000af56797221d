"""PHQ-9 — Patient Health Questionnaire depression module (verbatim items, Pfizer notice)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import pfizer_screen
from kratomwise.assess.model import Band, Flag
from kratomwise.i18n import N_

SAFETY_ITEM = "phq9_09"
SAFETY_FLAG = "safety_item_positive"
SEE_CLINICIAN_CUTOFF = 10  # Kroenke 2001: score ≥ 10, sensitivity and specificity 88 %

_ITEMS = (
    ("phq9_01", "Little interest or pleasure in doing things", "44250-9"),
    ("phq9_02", "Feeling down, depressed, or hopeless", "44255-8"),
    ("phq9_03", "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
    ("phq9_04", "Feeling tired or having little energy", "44254-1"),
    ("phq9_05", "Poor appetite or overeating", "44251-7"),
    (
        "phq9_06",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "44258-2",
    ),
    (
        "phq9_07",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "44252-5",
    ),
    (
        "phq9_08",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "44253-3",
    ),
    (
        SAFETY_ITEM,
        "Thoughts that you would be better off dead or of hurting yourself in some way",
        "44260-8",
    ),
)

PHQ9 = pfizer_screen(
    id="phq9",
    name=N_("Patient Health Questionnaire-9 (PHQ-9)"),
    short_name="PHQ-9",
    purpose=N_("Nine questions about low mood over the last two weeks."),
    stem=(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    items=_ITEMS,
    difficulty_id="phq9_10_difficulty",
    difficulty_loinc="69722-7",
    bands=(
        Band(
            "none_minimal",
            0,
            4,
            N_("none or minimal"),
            N_("Few or no depression symptoms in the last two weeks."),
        ),
        Band(
            "mild",
            5,
            9,
            N_("mild"),
            N_("Some low-mood symptoms. Keep an eye on them and repeat the check in two weeks."),
        ),
        Band(
            "moderate",
            10,
            14,
            N_("moderate"),
            N_("At this level, talking to a clinician is recommended."),
        ),
        Band(
            "moderately_severe",
            15,
            19,
            N_("moderately severe"),
            N_("These symptoms are affecting you a lot. Please arrange to see a clinician soon."),
        ),
        Band(
            "severe",
            20,
            27,
            N_("severe"),
            N_("These are severe symptoms. Please see a clinician promptly."),
        ),
    ),
    flags=(
        Flag(
            SAFETY_FLAG,
            item_id=SAFETY_ITEM,
            item_above=0,
            label=N_("Thoughts of being better off dead or of self-harm."),
        ),
        Flag(
            "see_clinician_suggested",
            min_total=SEE_CLINICIAN_CUTOFF,
            label=N_("Talking to a clinician is suggested."),
        ),
    ),
    safety_flag_id=SAFETY_FLAG,
    safety_message=N_(
        "You said you have had thoughts that you would be better off dead or of hurting "
        "yourself. Whatever your total, please talk to someone today: call or text a crisis "
        "line now, or your emergency number if you might act on these thoughts."
    ),
    triage_codes=((SAFETY_FLAG, "suicidal_thoughts"),),
    source=(
        "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity "
        "measure. J Gen Intern Med 2001;16(9):606-613. "
        "https://doi.org/10.1046/j.1525-1497.2001.016009606.x"
    ),
    source_urls=(
        "https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
        "https://loinc.org/44249-1",
        "https://www.phqscreeners.com",
    ),
    loinc_panel="44249-1",
    loinc_total="44261-6",
)
