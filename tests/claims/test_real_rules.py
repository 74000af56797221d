"""Rules from issue 13 that must hold on real pages (sentences written here, in our own words)."""

from __future__ import annotations

import pytest

from kratomwise.claims import check_text
from kratomwise.claims.engine import judge
from kratomwise.claims.model import Verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Naloxone does not work on kratom",
        "Narcan is useless for kratom",
        "Giving naloxone won't help someone who took too much kratom.",
    ],
)
def test_negated_naloxone_is_contradicted(sentence: str) -> None:
    j = judge(sentence)
    assert j.verdict is Verdict.contradicted
    assert {"IXN-02", "IXN-03", "IXN-04"} <= set(j.fact_ids)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kratom withdrawal is mild and lasts only a day or two",
        "Coming off kratom is easy and the withdrawal is over in 48 hours.",
    ],
)
def test_mild_brief_withdrawal_is_never_supported(sentence: str) -> None:
    assert judge(sentence).verdict in (Verdict.unsupported, Verdict.contradicted)


def test_minimal_side_effects_as_an_alternative_is_not_supported() -> None:
    sentence = "minimal side effects make it an attractive alternative to pharmaceutical drugs"
    j = judge(sentence, context_kratom=True)
    assert j.verdict is not Verdict.supported
    assert j.disease_claim is True  # "an alternative to pharmaceutical drugs": therapeutic


def test_few_trials_is_supported() -> None:
    sentence = "there are few large-scale clinical trials to confirm its efficacy"
    assert judge(sentence, context_kratom=True).verdict is Verdict.supported


@pytest.mark.parametrize(
    "sentence",
    [
        "The typical kratom dose is around 3 grams.",
        "A usual dosage of kratom sits between two and five grams.",
    ],
)
def test_typical_dose_has_no_evidence_based_answer(sentence: str) -> None:
    j = judge(sentence)
    assert j.verdict is Verdict.unsupported
    assert j.claim_id == "typical_dose"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Kratom has never caused a single death on its own.", Verdict.contradicted),
        ("The one and only risk with kratom is that it makes you sleepy.", Verdict.contradicted),
        ("Buying kratom is perfectly legal everywhere in America.", Verdict.contradicted),
        ("Kratom is a supplement regulated by the FDA.", Verdict.contradicted),
    ],
)
def test_false_absolutes_of_real_pages(sentence: str, verdict: Verdict) -> None:
    assert judge(sentence).verdict is verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "It is also essential to keep your intake of kratom low.",
        "Unless a doctor watches over you, stay away from kratom.",
        "If kratom makes you unwell, please ring the poison line at 1-800-222-1222.",
        "In this short commentary, we look at how kratom came to be scheduled.",
        "Participants were given kratom tea or a placebo drink on separate days.",
        "One question readers ask is whether kratom shows up on drug tests.",
        "Kratom powder is very convenient.",
    ],
)
def test_instructions_methods_and_stance_are_not_claims(sentence: str) -> None:
    assert judge(sentence, context_kratom=True).verdict is Verdict.not_a_claim


def test_people_in_general_are_not_the_document_subject() -> None:
    text = (
        "Kratom is a tree from Southeast Asia.\n"
        "Most people who try a beer never become alcoholics.\n"
        "It can cause dependence with daily use.\n"
    )
    verdicts = [s.verdict for s in check_text(text).sentences]
    assert verdicts[1] is Verdict.not_a_claim
    assert verdicts[2] is not Verdict.not_a_claim


def test_list_items_under_an_effects_lead_in_are_claims() -> None:
    text = (
        "Kratom is sold as powder and capsules.\n"
        "Reported side effects of kratom can include:\n"
        "Seizures\n"
        "Itchy elbows\n"
        "Kratom is not approved by the FDA.\n"
    )
    report = check_text(text)
    by_text = {s.text: s for s in report.sentences}
    assert by_text["Seizures"].verdict is Verdict.supported
    assert by_text["Seizures"].fact_ids == ("HRM-08",)
    assert by_text["Itchy elbows"].verdict is Verdict.unsupported
    assert by_text["Reported side effects of kratom can include:"].verdict is Verdict.not_a_claim


def test_a_heading_that_presupposes_treatment_is_a_disease_claim() -> None:
    report = check_text("# How kratom eases anxiety\n\nKratom is a tree.\n", fmt="markdown")
    assert report.sentences[0].verdict is Verdict.not_a_claim
    assert report.sentences[0].disease_claim is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers in Thailand have chewed kratom leaves for generations to get through hard work.",
        "Kratom has not been approved by the FDA to treat any illness.",
        "If you stop taking kratom every day, you may get withdrawal symptoms.",
    ],
)
def test_use_history_negated_approval_and_withdrawal_are_not_disease_claims(
    sentence: str,
) -> None:
    assert judge(sentence).disease_claim is False


def test_a_list_of_places_is_as_wrong_as_its_worst_place() -> None:
    # Alabama and Wisconsin ban kratom (STATE-03); the federal level does not
    assert judge("Kratom is banned in Alabama and Wisconsin.").verdict is Verdict.supported
    listed = judge("Kratom is legal in Oregon, Alabama and Wisconsin.")
    assert listed.verdict is Verdict.contradicted
    assert listed.fact_ids == ("STATE-03",)


def test_a_state_no_fact_names_is_unsupported() -> None:
    j = judge("Kratom is legal in Nevada, so shops there can sell it.")
    assert j.verdict is Verdict.unsupported
    assert j.claim_id == "legal_status"


def test_not_an_opiate_is_unsupported_but_not_an_opioid_is_contradicted() -> None:
    # "opiate": made from the poppy, which no fact addresses; "opioid": PHA-01 shows the
    # alkaloids are mu-opioid partial agonists
    assert judge("Kratom is not an opiate.").verdict is Verdict.unsupported
    opioid = judge("Kratom is not an opioid.")
    assert opioid.verdict is Verdict.contradicted
    assert "PHA-01" in opioid.fact_ids


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Liver damage from kratom tends to appear 2 to 4 weeks after you start.", "supported"),
        ("Kratom liver injury usually appears about three weeks into use.", "supported"),
        ("Kratom can injure the liver within hours of the first dose.", "contradicted"),
    ],
)
def test_liver_injury_latency(sentence: str, verdict: str) -> None:
    assert judge(sentence).verdict.value == verdict


def test_a_range_with_a_unit_is_an_interval() -> None:
    from kratomwise.claims import numeric

    sentence = numeric.quantities("between 1 and 8 weeks")
    fact = numeric.quantities("it began 28 days after")
    assert numeric.compare(sentence, fact).agrees
    outside = numeric.quantities("it began 90 days after")
    assert not numeric.compare(sentence, outside).agrees


def test_missing_approval_early_in_a_sentence_does_not_deny_a_later_use_report() -> None:
    sentence = (
        "Though FDA has not approved kratom for any use, people go on brewing the leaves "
        "into a tea or chewing them fresh."
    )
    assert judge(sentence).verdict is not Verdict.contradicted


@pytest.mark.parametrize(
    "sentence",
    [
        "Some shoppers consider kratom completely legal across the country.",
        "Most kratom consumers report that quitting it gave them very mild withdrawal.",
    ],
)
def test_what_others_believe_is_a_report(sentence: str) -> None:
    assert judge(sentence).verdict is Verdict.unsupported


def test_a_plan_to_schedule_is_not_a_claim_that_it_is_scheduled() -> None:
    sentence = "Federal officials are pushing to place kratom in Schedule I."
    assert judge(sentence).verdict is not Verdict.contradicted
    assert judge("Kratom is a Schedule I controlled substance.").verdict is Verdict.contradicted


@pytest.mark.parametrize(
    ("sentence", "claim_id"),
    [
        ("Hospitals use kratom in clinical practice to ease withdrawal.", "clinical_use_claim"),
        ("Kratom only causes problems at very high doses.", "harm_only_at_high_doses"),
        ("Kratom must be safe since people have taken it for centuries.", "safe_by_tradition"),
        ("The addiction risk of kratom is a myth spread by the media.", "risks_called_myths"),
        ("Kratom shots are sold with zero oversight.", "legal_without_limits"),
    ],
)
def test_recurring_false_wordings_are_contradicted(sentence: str, claim_id: str) -> None:
    j = judge(sentence)
    assert (j.verdict, j.claim_id) == (Verdict.contradicted, claim_id)


def test_a_state_outside_the_ban_list_called_banned_is_contradicted() -> None:
    j = judge("Kratom is banned in Nevada.")
    assert j.verdict is Verdict.contradicted
    assert j.fact_ids == ("STATE-03",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I joined an online kratom forum to read what others wrote.",
        "Before she found kratom, she had tried every tablet her doctor offered.",
        "In this 2020 photo, inspectors sort seized kratom bags at a port.",
    ],
)
def test_personal_stories_and_captions_are_not_claims(sentence: str) -> None:
    assert judge(sentence, context_kratom=True).verdict is Verdict.not_a_claim


def test_a_personal_story_of_relief_still_raises_the_disease_flag() -> None:
    j = judge("I tried kratom and my back pain went away within a week.")
    assert j.disease_claim is True
    assert j.verdict is not Verdict.not_a_claim


@pytest.mark.parametrize(
    ("sentence", "claim_id"),
    [
        ("In parts of Asia people brew the dried kratom leaves for a drink.", "leaf_preparations"),
        ("Kratom perks you up in small amounts but sedates you in large doses.", None),
        ("Taking kratom can lead to seizures in some people.", "recorded_harms"),
    ],
)
def test_recurring_true_wordings_are_supported(sentence: str, claim_id: str | None) -> None:
    j = judge(sentence)
    assert j.verdict is Verdict.supported
    if claim_id is not None:
        assert j.claim_id == claim_id


def test_a_list_mostly_outside_the_facts_is_unsupported() -> None:
    sentence = (
        "Regular kratom use may cause problems such as hair loss, gout, freckles and seizures."
    )
    assert judge(sentence).verdict is Verdict.unsupported


def test_a_heading_that_states_something_is_judged() -> None:
    report = check_text(
        "# It Is Addictive\n\nKratom is a tree.\n\n# Kratom Side Effects\n", fmt="markdown"
    )
    verdicts = {s.text: s.verdict for s in report.sentences}
    assert verdicts["It Is Addictive"] is Verdict.supported
    assert verdicts["Kratom Side Effects"] is Verdict.not_a_claim


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Shoppers can buy kratom in corner stores without a prescription.", True),
        ("Buy kratom today and get free shipping!", False),
        ("The agency says kratom should not be used by anyone.", True),
        ("You should never use kratom with alcohol.", False),
    ],
)
def test_buying_and_advice_reported_or_addressed(sentence: str, claim: bool) -> None:
    assert (judge(sentence).verdict is not Verdict.not_a_claim) is claim


def test_a_hedged_benefit_is_not_carried_by_a_topic_fact() -> None:
    plain = "Kratom is an evergreen tree that grows in Southeast Asia."
    hedged = "Kratom is an evergreen tree from Southeast Asia with supposedly healing leaves."
    assert judge(plain).verdict is Verdict.supported
    assert judge(hedged).verdict is Verdict.unsupported


@pytest.mark.parametrize(
    "sentence",
    [
        "Knowing how kratom acts on the body is crucial for anyone who uses it.",
        "The clinic has been tracking kratom cases in the region since last spring.",
    ],
)
def test_importance_and_an_organisation_describing_its_work_are_not_claims(sentence: str) -> None:
    assert judge(sentence, context_kratom=True).verdict is Verdict.not_a_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a myth that kratom is safe.",
        "Myth: kratom is completely harmless.",
        "Plenty of buyers mistakenly believe that kratom is harmless.",
        "The notion that kratom is risk-free is simply false.",
    ],
)
def test_a_claim_the_sentence_calls_false_is_judged_as_denied(sentence: str) -> None:
    j = judge(sentence)
    assert j.verdict is Verdict.supported
    assert j.claim_id == "safe"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kratom is safe, though some call its risks a myth.",
        "Contrary to the myths, kratom is completely safe.",
        "It is a myth that naloxone fails on kratom.",  # kept contradicted: an overdose risk
    ],
)
def test_a_myth_elsewhere_in_the_sentence_does_not_excuse_the_claim(sentence: str) -> None:
    assert judge(sentence).verdict is Verdict.contradicted


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaf holds 7-OH only in small amounts, while shop products carry a synthetic form at far"
        " higher strength.",
        "These 7-OH tablets hold a synthetically concentrated alkaloid first found in the plant.",
    ],
)
def test_7oh_products_said_to_be_synthesised_are_not_called_natural(sentence: str) -> None:
    j = judge(sentence)
    assert j.claim_id != "seven_oh_natural"
    assert j.verdict is not Verdict.contradicted


def test_7oh_products_called_natural_stay_contradicted() -> None:
    for sentence in ("7-OH tablets are natural, not synthetic.", "Our 7-OH shots are pure plant."):
        assert judge(sentence).claim_id == "seven_oh_natural"
        assert judge(sentence).verdict is Verdict.contradicted


def test_a_false_idea_after_the_claim_must_be_about_the_claim() -> None:
    assert judge("Kratom is safe and the idea that it is addictive is false.").verdict is (
        Verdict.contradicted
    )


def test_a_run_of_pronouns_after_another_named_plant_points_back_to_it() -> None:
    text = (
        "Kratom grows in Southeast Asia.\n\n"
        "Betel is a palm nut chewed across Asia. It is often taken with lime. "
        "It stains the teeth red.\n\n"
        "Tolerance is a common effect of daily use. It builds within weeks."
    )
    verdicts = [s.verdict for s in check_text(text).sentences]
    assert verdicts[2:4] == [Verdict.not_a_claim, Verdict.not_a_claim]
    assert verdicts[5] is not Verdict.not_a_claim  # tolerance: still kratom's topic
