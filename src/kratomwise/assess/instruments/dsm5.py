"""DSM-5 substance use disorder criteria applied to kratom (a screen; wording paraphrased)."""

from __future__ import annotations

from kratomwise.assess.instruments._common import SCREEN_NOT_DIAGNOSIS, options
from kratomwise.assess.model import Band, Instrument, Item
from kratomwise.i18n import N_

YES_NO = options(((0, N_("No")), (1, N_("Yes"))))

_CRITERIA = (
    ("kud_01_larger_longer", N_("You used more kratom, or for longer, than you meant to.")),
    (
        "kud_02_cut_down",
        N_("You kept wanting to cut down or control your use, or tried and could not."),
    ),
    (
        "kud_03_time_spent",
        N_("A lot of your time went on getting kratom, using it or recovering from it."),
    ),
    ("kud_04_craving", N_("You had cravings or strong urges to use it.")),
    (
        "kud_05_role_failure",
        N_("Using it got in the way of important duties at work, school or home, again and again."),
    ),
    (
        "kud_06_social_problems",
        N_("You kept using although it caused or worsened problems with other people."),
    ),
    (
        "kud_07_activities_given_up",
        N_("You gave up or cut back important social, work or free-time activities because of it."),
    ),
    (
        "kud_08_hazardous_use",
        N_("You used it again and again in situations where that was physically risky."),
    ),
    (
        "kud_09_physical_psych_harm",
        N_(
            "You kept using although you knew it probably caused or worsened a physical or "
            "mental health problem."
        ),
    ),
    (
        "kud_10_tolerance",
        N_(
            "You needed clearly more for the same effect, or the same amount had clearly less "
            "effect."
        ),
    ),
    (
        "kud_11_withdrawal",
        N_(
            "You had withdrawal symptoms when you stopped or cut down, or used kratom (or "
            "something similar) to ease or avoid them."
        ),
    ),
)

DSM5 = Instrument(
    id="dsm5",
    name=N_("Kratom use checklist (DSM-5 substance use disorder criteria)"),
    short_name="DSM-5",
    purpose=N_(
        "Eleven yes/no questions based on the DSM-5 criteria for a substance use disorder, "
        "applied to kratom. It is a screen: only a clinician can make a diagnosis."
    ),
    completed_by="self",
    recall=N_("The past 12 months."),
    stem=N_("In the past 12 months…"),
    items=tuple(Item(item_id, text, YES_NO) for item_id, text in _CRITERIA),
    bands=(
        Band(
            "below_threshold",
            0,
            1,
            N_("below the checklist threshold"),
            N_(
                "Your answers do not reach the checklist threshold. That does not rule out "
                "other harms from use."
            ),
        ),
        Band(
            "mild",
            2,
            3,
            N_("mild pattern (screen)"),
            N_(
                "Your answers fit a mild pattern of problem use. It may be worth talking it "
                "through with someone you trust or a clinician. A mild result often reflects "
                "physical dependence (tolerance and withdrawal)."
            ),
        ),
        Band(
            "moderate",
            4,
            5,
            N_("moderate pattern (screen)"),
            N_(
                "Your answers fit a moderate pattern. A clinician can talk with you about "
                "support and treatment options, including medicines."
            ),
        ),
        Band(
            "severe",
            6,
            11,
            N_("severe pattern (screen)"),
            N_(
                "Your answers fit a severe pattern. Please talk with a clinician about "
                "treatment options, including medicines."
            ),
        ),
    ),
    treatment_bands=("moderate", "severe"),
    source=(
        "American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, "
        "5th ed. (DSM-5), 2013, substance use disorder criteria "
        "(https://www.psychiatry.org/psychiatrists/practice/dsm), applied to kratom as in "
        "Smith KE et al. 2022 (https://pmc.ncbi.nlm.nih.gov/articles/PMC9402806)"
    ),
    source_urls=(
        "https://www.psychiatry.org/psychiatrists/practice/dsm",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9402806",
        "https://doi.org/10.1007/s11920-024-01524-1",
    ),
    licence=N_(
        "The DSM-5 text is copyright of the American Psychiatric Association; the questions "
        "here are paraphrased. Tolerance and withdrawal always count for kratom, as in US "
        "kratom studies."
    ),
    notes=(SCREEN_NOT_DIAGNOSIS,),
)
