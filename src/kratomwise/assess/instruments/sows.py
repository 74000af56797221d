"""SOWS — Subjective Opiate Withdrawal Scale (self-rated; symptom labels paraphrased)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import SCREEN_NOT_DIAGNOSIS, options
from kratomwise.assess.model import Instrument, Item
from kratomwise.i18n import _

INTENSITY = options(
    (
        (0, _("Not at all")),
        (1, _("A little")),
        (2, _("Moderately")),
        (3, _("Quite a bit")),
        (4, _("Extremely")),
    )
)

_SYMPTOMS = (
    ("sows_01_anxious", _("I feel anxious")),
    ("sows_02_yawning", _("I feel like yawning")),
    ("sows_03_sweating", _("I am sweating")),
    ("sows_04_eyes_tearing", _("My eyes are watering")),
    ("sows_05_nose_running", _("My nose is running")),
    ("sows_06_goosebumps", _("I have goosebumps")),
    ("sows_07_shaking", _("I am shaking")),
    ("sows_08_hot_flushes", _("I have hot flushes")),
    ("sows_09_cold_flushes", _("I have cold flushes")),
    ("sows_10_bone_muscle_ache", _("My bones and muscles ache")),
    ("sows_11_restless", _("I feel restless")),
    ("sows_12_nauseous", _("I feel sick to my stomach")),
    ("sows_13_feel_like_vomiting", _("I feel like I might throw up")),
    ("sows_14_muscle_twitch", _("My muscles twitch")),
    ("sows_15_stomach_cramps", _("I have stomach cramps")),
    ("sows_16_urge_to_use", _("I have an urge to use right now")),
)

SOWS = Instrument(
    id="sows",
    name=_("Subjective Opiate Withdrawal Scale (SOWS)"),
    short_name="SOWS",
    purpose=_(
        "You rate how strong 16 withdrawal symptoms feel right now. Higher numbers mean "
        "stronger symptoms."
    ),
    completed_by="self",
    recall=_("Right now."),
    stem=_("How strongly do you feel each of these right now?"),
    items=tuple(Item(item_id, text, INTENSITY) for item_id, text in _SYMPTOMS),
    no_band_interpretation=_(
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
    licence=_(
        "Symptom labels are paraphrased; the article is copyright of its publisher (Taylor & "
        "Francis). No licence for software redistribution was found."
    ),
    notes=(SCREEN_NOT_DIAGNOSIS,),
)
