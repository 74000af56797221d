"""GAD-7 — Generalized Anxiety Disorder 7-item scale (verbatim items, Pfizer notice)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import pfizer_screen
from kratomwise.assess.model import Band, Flag
from kratomwise.i18n import N_

SEE_CLINICIAN_CUTOFF = 10  # Spitzer 2006: ≥ 10 is the point for further evaluation

_ITEMS = (
    ("gad7_01", "Feeling nervous, anxious, or on edge", "69725-0"),
    ("gad7_02", "Not being able to stop or control worrying", "68509-9"),
    ("gad7_03", "Worrying too much about different things", "69733-4"),
    ("gad7_04", "Trouble relaxing", "69734-2"),
    ("gad7_05", "Being so restless that it is hard to sit still", "69735-9"),
    ("gad7_06", "Becoming easily annoyed or irritable", "69689-8"),
    ("gad7_07", "Feeling afraid, as if something awful might happen", "69736-7"),
)

GAD7 = pfizer_screen(
    id="gad7",
    name=N_("Generalized Anxiety Disorder 7-item scale (GAD-7)"),
    short_name="GAD-7",
    purpose=N_("Seven questions about anxiety over the last two weeks."),
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=_ITEMS,
    # LOINC code of the GAD-7 difficulty item is unverified: none attached.
    difficulty_id="gad7_08_difficulty",
    bands=(
        Band(
            "minimal",
            0,
            4,
            N_("minimal anxiety"),
            N_("Few or no anxiety symptoms in the last two weeks."),
        ),
        Band(
            "mild",
            5,
            9,
            N_("mild anxiety"),
            N_("Some anxiety symptoms. Worth watching; withdrawal can add to them."),
        ),
        Band(
            "moderate",
            10,
            14,
            N_("moderate anxiety"),
            N_("At this level a check with a clinician is recommended."),
        ),
        Band(
            "severe",
            15,
            21,
            N_("severe anxiety"),
            N_("Your anxiety is high. Please see a clinician soon."),
        ),
    ),
    flags=(
        Flag(
            "see_clinician_suggested",
            min_total=SEE_CLINICIAN_CUTOFF,
            label=N_("Talking to a clinician is suggested."),
        ),
    ),
    source=(
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized "
        "anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097. "
        "https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/410326"
    ),
    source_urls=(
        "https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/410326",
        "https://loinc.org/69729-2",
        "https://www.phqscreeners.com",
    ),
    loinc_panel="69737-5",  # partially verified (docs/instruments.md §5): confirm on loinc.org
    loinc_total="70274-6",
)
