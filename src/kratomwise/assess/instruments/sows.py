"""SOWS — Subjective Opiate Withdrawal Scale (self-rated; symptom labels paraphrased)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import SCREEN_NOT_DIAGNOSIS, options
from kratomwise.assess.model import Instrument, Item
from kratomwise.i18n import N_

INTENSITY = options(
    (
        (0, N_("Not at all")),
        (1, N_("A little")),
        (2, N_("Moderately")),
        (3, N_("Quite a bit")),
        (4, N_("Extremely")),
    )
)

_SYMPTOMS = (
    ("sows_01_anxious", N_("I feel anxious")),
    ("sows_02_yawning", N_("I feel like yawning")),
    ("sows_03_sweating", N_("I am sweating")),
    ("sows_04_eyes_tearing", N_("My eyes are watering")),
    ("sows_05_nose_running", N_("My nose is running")),
    ("sows_06_goosebumps", N_("I have goosebumps")),
    ("sows_07_shaking", N_("I am shaking")),
    ("sows_08_hot_flushes", N_("I have hot flushes")),
    ("sows_09_cold_flushes", N_("I have cold flushes")),
    ("sows_10_bone_muscle_ache", N_("My bones and muscles ache")),
    ("sows_11_restless", N_("I feel restless")),
    ("sows_12_nauseous", N_("I feel sick to my stomach")),
    ("sows_13_feel_like_vomiting", N_("I feel like I might throw up")),
    ("sows_14_muscle_twitch", N_("My muscles twitch")),
    ("sows_15_stomach_cramps", N_("I have stomach cramps")),
    ("sows_16_urge_to_use", N_("I have an urge to use right now")),
)

SOWS = Instrument(
    id="sows",
    name=N_("Subjective Opiate Withdrawal Scale (SOWS)"),
    short_name="SOWS",
    purpose=N_(
        "You rate how strong 16 withdrawal symptoms feel right now. Higher numbers mean "
        "stronger symptoms."
    ),
    completed_by="self",
    recall=N_("Right now."),
    stem=N_("How strongly do you feel each of these right now?"),
    items=tuple(Item(item_id, text, INTENSITY) for item_id, text in _SYMPTOMS),
    no_band_interpretation=N_(
        "Higher numbers mean stronger withdrawal symptoms right now. This scale has no "
        "official mild, moderate or severe cut-offs, so follow how your number changes over time."
    ),
    source=(
        "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating "
        "scales for opiate withdrawal. Am J Drug Alcohol Abuse 1987;13(3):293-308. "
        "https://doi.org/10.3109/00952998709001515"
    ),
    source_urls=(
        "https://doi.org/10.3109/00952998709001515",
        "https://www.emcdda.europa.eu/drugs-library/subjective-opiate-withdrawal-scale_en",
    ),
    licence=N_(
        "Symptom labels are paraphrased; the article is copyright of its publisher (Taylor & "
        "Francis). No licence for software redistribution was found."
    ),
    notes=(SCREEN_NOT_DIAGNOSIS,),
)
