"""COWS — Clinical Opiate Withdrawal Scale (clinician-rated; item wording paraphrased)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import SCREEN_NOT_DIAGNOSIS, options
from kratomwise.assess.model import Band, Flag, Instrument, Item
from kratomwise.i18n import N_

# A COWS total at or above this holds the next taper step (docs/instruments.md §9.4, kratomwise
# rule built on the COWS "moderate" band, 13-24). The taper planner imports it.
COWS_HOLD_THRESHOLD = 13

# Pulse helper cut-offs (beats per minute -> points).
PULSE_CUTOFFS: tuple[tuple[int, int], ...] = ((80, 0), (100, 1), (120, 2))


def pulse_points(bpm: int) -> int:
    """COWS item 1 points from a resting pulse: ≤80 → 0, 81-100 → 1, 101-120 → 2, >120 → 4."""
    if isinstance(bpm, bool) or not isinstance(bpm, int) or bpm <= 0:
        raise ValueError("pulse must be a positive whole number of beats per minute")
    for upper, points in PULSE_CUTOFFS:
        if bpm <= upper:
            return points
    return 4


COWS = Instrument(
    id="cows",
    name=N_("Clinical Opiate Withdrawal Scale (COWS)"),
    short_name="COWS",
    purpose=N_(
        "A clinician rates 11 signs of opioid withdrawal; the total estimates how strong "
        "withdrawal is right now. Used in kratom studies but not validated for kratom."
    ),
    completed_by="clinician",
    recall=N_("Right now (sweating and stomach upset: the past half hour)."),
    stem=N_(
        "Rate only what is due to withdrawal: a pulse raised by exercise or pain the person "
        "already had does not count."
    ),
    items=(
        Item(
            "cows_01_pulse",
            N_("Resting pulse (beats per minute) after sitting or lying down for one minute"),
            options(
                (
                    (0, N_("80 or below")),
                    (1, N_("81 to 100")),
                    (2, N_("101 to 120")),
                    (4, N_("Above 120")),
                )
            ),
        ),
        Item(
            "cows_02_sweating",
            N_("Sweating in the past half hour that room temperature or activity does not explain"),
            options(
                (
                    (0, N_("No chills or flushing mentioned")),
                    (1, N_("Mentions chills or flushing")),
                    (2, N_("Face flushed or visibly damp")),
                    (3, N_("Drops of sweat on the forehead or face")),
                    (4, N_("Sweat running down the face")),
                )
            ),
        ),
        Item(
            "cows_03_restlessness",
            N_("Restlessness seen during the assessment"),
            options(
                (
                    (0, N_("Sits still")),
                    (1, N_("Says sitting still is hard but manages it")),
                    (3, N_("Often shifts position or moves legs and arms more than usual")),
                    (5, N_("Cannot stay seated for more than a few seconds")),
                )
            ),
        ),
        Item(
            "cows_04_pupils",
            N_("Pupil size"),
            options(
                (
                    (0, N_("Small or normal for the room light")),
                    (1, N_("Maybe larger than usual for the room light")),
                    (2, N_("Clearly widened")),
                    (5, N_("So wide that only a thin ring of iris shows")),
                )
            ),
        ),
        Item(
            "cows_05_bone_joint_aches",
            N_("Extra aching in bones or joints put down to withdrawal"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Slight, spread-out discomfort")),
                    (2, N_("Says joints or muscles ache badly all over")),
                    (4, N_("Rubs joints or muscles and cannot keep still because of it")),
                )
            ),
        ),
        Item(
            "cows_06_runny_nose_tearing",
            N_("Runny nose or watery eyes not explained by a cold or allergy"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Blocked nose or eyes wetter than usual")),
                    (2, N_("Nose running or eyes watering")),
                    (4, N_("Nose running all the time or tears running down the cheeks")),
                )
            ),
        ),
        Item(
            "cows_07_gi_upset",
            N_("Stomach and bowel upset in the past half hour"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Stomach cramps")),
                    (2, N_("Feeling sick or loose stools")),
                    (3, N_("Vomiting or diarrhoea")),
                    (5, N_("Several bouts of vomiting or diarrhoea")),
                )
            ),
        ),
        Item(
            "cows_08_tremor",
            N_("Tremor with the hands held out in front"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Can be felt but not seen")),
                    (2, N_("A slight tremor can be seen")),
                    (4, N_("Strong shaking or muscle twitches")),
                )
            ),
        ),
        Item(
            "cows_09_yawning",
            N_("Yawning during the assessment"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Once or twice")),
                    (2, N_("Three times or more")),
                    (4, N_("Several times a minute")),
                )
            ),
        ),
        Item(
            "cows_10_anxiety_irritability",
            N_("Anxiety or irritability"),
            options(
                (
                    (0, N_("None")),
                    (1, N_("Says they feel more irritable or anxious")),
                    (2, N_("Clearly irritable or anxious")),
                    (4, N_("So irritable or anxious that the assessment is hard to do")),
                )
            ),
        ),
        Item(
            "cows_11_gooseflesh",
            N_("Gooseflesh on the skin"),
            options(
                (
                    (0, N_("Skin smooth")),
                    (3, N_("Gooseflesh can be felt, or arm hairs stand up")),
                    (5, N_("Obvious gooseflesh")),
                )
            ),
        ),
    ),
    bands=(
        Band(
            "none",
            0,
            4,
            N_("below the mild range"),
            N_("Few or no signs of opioid withdrawal right now (below the scale's mild range)."),
        ),
        Band(
            "mild",
            5,
            12,
            N_("mild withdrawal"),
            N_("Some signs of withdrawal: usually uncomfortable rather than dangerous."),
        ),
        Band(
            "moderate",
            13,
            24,
            N_("moderate withdrawal"),
            N_("Clear withdrawal: treating the symptoms is usually worth discussing."),
        ),
        Band(
            "moderately_severe",
            25,
            36,
            N_("moderately severe withdrawal"),
            N_("Strong withdrawal: a clinician should review the person today."),
        ),
        Band(
            "severe",
            37,
            48,
            N_("severe withdrawal"),
            N_("Very strong withdrawal: the person needs clinical attention urgently."),
        ),
    ),
    flags=(
        Flag(
            "clinician_review_today",
            bands=("moderately_severe", "severe"),
            label=N_("A clinician should review this today."),
        ),
    ),
    treatment_bands=("moderately_severe", "severe"),
    source=(
        "Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs "
        "2003;35(2):253-259. https://doi.org/10.1080/02791072.2003.10400007"
    ),
    source_urls=(
        "https://doi.org/10.1080/02791072.2003.10400007",
        "https://www.ncbi.nlm.nih.gov/books/NBK64244/",
        "https://www.emcdda.europa.eu/drugs-library/clinical-opiate-withdrawal-scale_en",
    ),
    licence=N_(
        "Item wording is paraphrased; the point values are as published by Wesson and Ling "
        "(2003). No open licence for software redistribution was found."
    ),
    notes=(SCREEN_NOT_DIAGNOSIS,),
)
